using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Composing;

namespace CivicAction.Web.Features.Shared;

/// <summary>
/// A composer of a brief's text (a public comment, a prepared statement): a field for each blank, the person's own
/// paragraph, and once composed, the text to copy or download. <paramref name="Limit"/> is the count the text must fit
/// in (Regulations.gov's 5,000 characters), or null when nothing limits it.
/// </summary>
public sealed record ComposerView(
    string FormAction, string What, ComposerTemplate Template, ComposerInput Input, IReadOnlyList<FieldCheck> Errors, string? Composed, int? Limit)
{
    public static ComposerView Fresh(string formAction, string what, ComposerTemplate template, int? limit) =>
        new(formAction, what, template, new ComposerInput(), [], null, limit);

    /// <summary>The text as the form's values make it now (blanks not filled keep their brackets).</summary>
    public string Current => Composed ?? ComposedText.Compose(Template, Input);

    public int Count => CommentLength.Count(Current);

    /// <summary>The length of the text with every blank and the paragraph empty, for the script's live count.</summary>
    public int FixedLength => CommentLength.Count(string.Join("\n\n", Template.Paragraphs.Select(p => Placeholders.Fill(p, _ => ""))));

    /// <summary>How often each blank appears, for the live count.</summary>
    public int Occurrences(int index) =>
        Template.Paragraphs.SelectMany(Placeholders.In).Count(n => string.Equals(n, Template.Placeholders[index], StringComparison.OrdinalIgnoreCase));

    public ErrorSummaryView Summary => new(SharedStrings.Text("Form.Problem"), Errors, FieldIds.For);

    public FieldView Field(int index) =>
        new(ComposerChecks.ValueField(index), Template.Placeholders[index], Input.Value(index), ChecksFor(ComposerChecks.ValueField(index)),
            "off", MaxLength: ComposerChecks.ValueMax);

    public FieldView Personal(string label, string hint) =>
        new(ComposerChecks.PersonalField, label, Input.Personal, ChecksFor(ComposerChecks.PersonalField), "off", hint, MaxLength: ComposerChecks.PersonalMax);

    private List<FieldCheck> ChecksFor(string field) => Errors.Where(e => e.Field == field).ToList();
}

using System.Globalization;
using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Officials;
using CivicAction.Web.Features.Shared;
using CivicAction.Web.Features.Shared.Pdf;
using CivicAction.Web.Features.Stories;

namespace CivicAction.Web.Features.OfficialLetters;

/// <summary>A story's letter to an official the site does not look up, with the blanks the person fills in.</summary>
public sealed record OfficialAction(StoryDocument Story, BriefAction Action, IReadOnlyList<string> Blanks)
{
    public string Slug => Story.Slug;

    public int Number => Action.Number;

    public string BasePath => ActionLinks.DraftPath(Slug, Number, DraftKind.OfficialLetter)!;

    /// <summary>Whether the letter is to an official (else to whoever the brief's template writes to, such as an editor).</summary>
    public bool ToOfficial => Action.Type == ActionType.OfficialLetter;

    /// <summary>The address the brief gives, for "open in my e-mail app"; null when it gives none.</summary>
    public string? To { get; } = OfficialLetterDrafter.AddressTo(Action);

    /// <summary>The official finder the brief points to, as written; null when it gives none.</summary>
    public string? Finder { get; } = OfficialLetterDrafter.Finder(Action);

    public IReadOnlyList<string> SalutationBlanks { get; } = OfficialLetterDrafter.SalutationBlanks(Action);

    /// <summary>The action when its page is this one; else null (the page is not found).</summary>
    public static OfficialAction? Find(StoryStore stories, string slug, int number)
    {
        ArgumentNullException.ThrowIfNull(stories);
        return stories.FindAction(slug, number, DraftKind.OfficialLetter) is { } found
            ? new OfficialAction(found.Story, found.Action, OfficialLetterDrafter.Blanks(found.Action))
            : null;
    }
}

/// <summary>The details form, empty or with what the person typed and a message next to each field to fix.</summary>
public sealed record OfficialFormView(OfficialAction Action, OfficialLetterDetails Details, IReadOnlyList<FieldCheck> Errors, string? Problem = null)
{
    public ErrorSummaryView Summary => new(SharedStrings.Text("Form.Problem"), Errors, FieldIds.For);

    public FieldView Field(string name, string label, string? value, string? autocomplete = null, string? hint = null,
        string type = "text", int maxLength = 200, string? inputMode = null) =>
        new(name, label, value, Errors.Where(e => e.Field == name).ToList(), autocomplete, hint, type, maxLength, inputMode);

    /// <summary>The hint for a blank: how to write a name that follows "Dear".</summary>
    public string? HintFor(string blank) => Action.SalutationBlanks.Contains(blank, StringComparer.OrdinalIgnoreCase)
        ? OfficialLetterStrings.Text("Form.SalutationHint")
        : null;
}

/// <summary>The finished letter, with the details it was drafted from (they ride on in hidden fields to the PDF).</summary>
public sealed record OfficialLetterView(OfficialAction Action, OfficialLetterDetails Details, OfficialLetter Letter)
{
    public int BodyRows => Math.Clamp(Letter.Body.Count(c => c == '\n') + 2, 8, 30);
}

/// <summary>What a post shows: the form again (with messages), or the letter.</summary>
public sealed record OfficialStep(OfficialFormView? Form, OfficialLetterView? Letter)
{
    public string Title => OfficialLetterStrings.Text(Form is null ? "Step.YourLetter"
        : Form.Errors.Count > 0 || Form.Problem is not null ? "Step.WriteWithErrors" : "Step.Write");
}

/// <summary>The checks and drafting shared by the letter page and its PDF.</summary>
public static class OfficialLetterPages
{
    /// <summary>Checks the posted details and drafts the letter; anything missing sends the person back to the form, nothing lost.</summary>
    public static OfficialStep Prepare(OfficialAction action, OfficialLetterDetails details)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(details);
        var errors = OfficialLetterCheckTexts.Localize(OfficialLetterChecks.Check(details, action.Blanks), action.Blanks, details);
        if (errors.Count > 0)
        {
            return new OfficialStep(new OfficialFormView(action, details, errors), null);
        }

        var letter = OfficialLetterDrafter.Draft(action.Action, details);
        var left = letter.Unfilled.Concat(Placeholders.In(letter.Subject)).Concat(Placeholders.In(letter.Body)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (left.Count > 0)
        {
            // The checks make this unreachable; if they ever fall behind the drafter, no letter with a blank slips out.
            return new OfficialStep(new OfficialFormView(action, details, [], OfficialLetterStrings.Format("Form.StillBlanks", string.Join(", ", left))), null);
        }

        return new OfficialStep(null, new OfficialLetterView(action, details, letter));
    }

    /// <summary>A plain letter on US Letter paper: the date, the subject, then the letter signed with the address block.</summary>
    public static IReadOnlyList<PdfBlock> PrintBlocks(OfficialLetter letter, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return
        [
            new PdfBlock(today.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)),
            new PdfBlock($"\nSubject: {letter.Subject}\n\n{letter.Body}"),
        ];
    }
}

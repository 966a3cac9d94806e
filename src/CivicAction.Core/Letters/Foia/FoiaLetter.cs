namespace CivicAction.Core.Letters.Foia;

/// <summary>The parts of a FOIA request letter, in the order the letter has them.</summary>
public enum FoiaLetterPart
{
    Date,
    Recipient,
    Subject,
    Salutation,
    Opening,
    PrivacyAct,
    Context,
    Records,
    DateRange,
    Questions,
    Fees,
    FeeWaiver,
    Expedited,
    Format,
    Segregability,

    /// <summary>An appeal's argument that withholding needs a foreseeable harm (5 U.S.C. 552(a)(8)(A)).</summary>
    ForeseeableHarm,
    ResponseTime,
    Contact,
    Identity,
    Signature,
}

/// <summary>One part of the letter and its text ("\n" line endings, no trailing newline).</summary>
public sealed record FoiaLetterSection(FoiaLetterPart Part, string Text);

/// <summary>
/// A drafted request: the subject line (one line, safe for a mail header) and the plain-text body, which is the
/// sections joined by blank lines. Plain text only: a page that shows it must HTML-encode it.
/// </summary>
public sealed record FoiaLetter(string Subject, string Body, IReadOnlyList<FoiaLetterSection> Sections)
{
    /// <summary>The text of <paramref name="part"/>, or null when the letter has no such part (e.g. no fee waiver was asked for).</summary>
    public string? Part(FoiaLetterPart part) => Sections.FirstOrDefault(s => s.Part == part)?.Text;
}

/// <summary>Puts a letter together part by part: empty parts are left out, the rest joined by blank lines.</summary>
internal sealed class FoiaLetterBuilder
{
    private readonly List<FoiaLetterSection> _sections = [];

    public void Add(FoiaLetterPart part, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            _sections.Add(new FoiaLetterSection(part, text));
        }
    }

    public FoiaLetter Build(string subject) => new(subject, string.Join("\n\n", _sections.Select(s => s.Text)), _sections);
}

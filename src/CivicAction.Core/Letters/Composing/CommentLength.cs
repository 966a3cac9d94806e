namespace CivicAction.Core.Letters.Composing;

/// <summary>
/// The Regulations.gov comment box takes at most 5,000 characters. Counted as the browser counts a text box's value
/// (UTF-16 code units, a line break as one), so the page's count, the script's live count and the box agree; an
/// emoji counts two, which errs on the side of fitting.
/// </summary>
public static class CommentLength
{
    public const int RegulationsGovMax = 5000;

    public static int Count(string text) => ComposedText.Normalize(text).Length;

    public static bool Fits(string text) => Count(text) <= RegulationsGovMax;
}

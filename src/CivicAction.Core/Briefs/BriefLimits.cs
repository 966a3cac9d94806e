namespace CivicAction.Core.Briefs;

/// <summary>The documented bounds of what a brief may hold (docs/brief-format.md), so no file can make the work
/// built on it (the JSON contract, the pages) deep or large without end.</summary>
public static class BriefLimits
{
    /// <summary>
    /// Levels of nested bullets kept as written; a bullet indented deeper joins the last level. Real briefs use two or
    /// three; this leaves room and keeps the JSON contract far inside System.Text.Json's default depth of 64.
    /// </summary>
    public const int MaxListDepth = 8;
}

using System.Text.RegularExpressions;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// What a labelled block of a FOIA action is for, judged from its label as briefs write it: "Specific request",
/// "My request", "Request", "Records sought"; "Questions to ask in the FOIA request"; anything else is context.
/// </summary>
internal static partial class FoiaBlocks
{
    /// <summary>A block whose bullets are questions the records should answer: its label mentions "question".</summary>
    public static bool IsQuestionsLabel(string? label) => label is not null && Questions().IsMatch(label);

    /// <summary>
    /// The block describing the records: its label mentions a request ("Specific request", "My request",
    /// "Records requested") or the records sought, and is not about questions, fees, expedition or the format.
    /// </summary>
    public static bool IsRecordsLabel(string? label) =>
        label is not null
        && !IsQuestionsLabel(label)
        && !NotRecords().IsMatch(label)
        && Records().IsMatch(label);

    [GeneratedRegex(@"\bquestions?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Questions();

    [GeneratedRegex(@"\b(?:request(?:ed|ing|s)?|records?\s+sought)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Records();

    [GeneratedRegex(@"\b(?:fees?|waiver|expedit\w*|format|form)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotRecords();
}

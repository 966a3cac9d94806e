namespace CivicAction.Core.Letters.Congress.Cwc;

/// <summary>
/// The Library of Congress policy areas that a CWC 2.0 message must name at least one of: the fixed list of the
/// schema's <c>LibraryOfCongressTopic</c>, word for word (CWC refuses any other text).
/// </summary>
public static class CwcTopics
{
    /// <summary>What a letter is filed under when nothing in the action suggests better.</summary>
    public const string Default = "Government Operations and Politics";

    public static readonly IReadOnlyList<string> All =
    [
        "Agriculture and Food",
        "Animals",
        "Armed Forces and National Security",
        "Arts, Culture, Religion",
        "Civil Rights and Liberties, Minority Issues",
        "Commerce",
        "Congress",
        "Crime and Law Enforcement",
        "Economics and Public Finance",
        "Education",
        "Emergency Management",
        "Energy",
        "Environmental Protection",
        "Families",
        "Finance and Financial Sector",
        "Foreign Trade and International Finance",
        "Government Operations and Politics",
        "Health",
        "Housing and Community Development",
        "Immigration",
        "International Affairs",
        "Labor and Employment",
        "Law",
        "Native Americans",
        "Public Lands and Natural Resources",
        "Science, Technology, Communications",
        "Social Sciences and History",
        "Social Welfare",
        "Sports and Recreation",
        "Taxation",
        "Transportation and Public Works",
        "Water Resources Development",
    ];

    // A word stem seen in an action's title, subject or tags, and the topic it suggests; the first match wins.
    private static readonly (string Stem, string Topic)[] Hints =
    [
        ("deport", "Immigration"), ("immigra", "Immigration"), ("asylum", "Immigration"), ("ice ", "Immigration"),
        ("librar", "Education"), ("school", "Education"), ("student", "Education"), ("educat", "Education"),
        ("health", "Health"), ("medic", "Health"), ("hospital", "Health"), ("vaccin", "Health"),
        ("climate", "Environmental Protection"), ("pollut", "Environmental Protection"), ("epa", "Environmental Protection"),
        ("police", "Crime and Law Enforcement"), ("prison", "Crime and Law Enforcement"), ("crime", "Crime and Law Enforcement"),
        ("tax", "Taxation"), ("housing", "Housing and Community Development"), ("rent", "Housing and Community Development"),
        ("veteran", "Armed Forces and National Security"), ("military", "Armed Forces and National Security"),
        ("voting", "Government Operations and Politics"), ("election", "Government Operations and Politics"),
        ("privacy", "Civil Rights and Liberties, Minority Issues"), ("civil rights", "Civil Rights and Liberties, Minority Issues"),
        ("energy", "Energy"), ("farm", "Agriculture and Food"), ("food", "Agriculture and Food"),
        ("worker", "Labor and Employment"), ("wage", "Labor and Employment"), ("union", "Labor and Employment"),
        ("tribal", "Native Americans"), ("tribe", "Native Americans"), ("public land", "Public Lands and Natural Resources"),
        ("internet", "Science, Technology, Communications"), ("broadband", "Science, Technology, Communications"),
    ];

    public static bool IsKnown(string? topic) => topic is not null && All.Contains(topic, StringComparer.Ordinal);

    /// <summary>The topic the action's own words suggest (title, subject, tags), else <see cref="Default"/>: a starting choice the person can change.</summary>
    public static string Suggest(IEnumerable<string?> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = " " + string.Join(' ', words.Where(w => !string.IsNullOrWhiteSpace(w))).ToLowerInvariant() + " ";
        foreach (var (stem, topic) in Hints)
        {
            if (text.Contains(stem, StringComparison.Ordinal))
            {
                return topic;
            }
        }

        return Default;
    }
}

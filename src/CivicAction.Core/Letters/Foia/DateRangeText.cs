using System.Globalization;
using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters.Foia;

/// <summary>A date range as a records description states it.</summary>
/// <param name="From">First day covered, or null when only an end is stated.</param>
/// <param name="To">Last day covered, or null when the range runs to the present.</param>
/// <param name="ToPresent">The text says the range runs to the present ("to the present", "to date", "since ...").</param>
public readonly record struct DateRange(DateOnly? From, DateOnly? To, bool ToPresent);

/// <summary>
/// Finds the date range in a records description: "from January 1, 2025 to the present", "between March 2024 and
/// June 2025", "from 2019 through 2021", "since Jan. 20, 2025".
/// </summary>
/// <remarks>
/// A month or a year alone stands for its first day at the start of a range and its last day at the end.
/// A bare "in 2025" is not read as a range: it often dates an event rather than limits the records.
/// </remarks>
public static partial class DateRangeText
{
    private const string Month = @"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?";

    private const string Date =
        @"(?:" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
        + @"|\d{1,2}\s+" + Month + @",?\s+\d{4}"
        + @"|\d{4}-\d{2}-\d{2}"
        + @"|" + Month + @",?\s+\d{4}"
        + @"|(?:19|20)\d{2})";

    private const string Present =
        @"(?:(?:the\s+)?(?:present(?:\s+day)?|current\s+date|date\s+of\s+(?:this\s+request|your\s+search|the\s+search))|today|now|date)";

    /// <summary>The first range <paramref name="text"/> states, or null.</summary>
    public static DateRange? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var pattern in new[] { FromTo(), Between(), Since() })
        {
            var m = pattern.Match(text);
            if (!m.Success || !TryParse(m.Groups["from"].Value, start: true, out var from))
            {
                continue;
            }

            var to = m.Groups["to"];
            if (!to.Success || PresentOnly().IsMatch(to.Value))
            {
                return new DateRange(from, null, ToPresent: true);
            }

            if (TryParse(to.Value, start: false, out var end))
            {
                return new DateRange(from, end, ToPresent: false);
            }
        }

        return null;
    }

    /// <summary>One date of a range: the first day of a month or year when <paramref name="start"/>, else the last.</summary>
    internal static bool TryParse(string text, bool start, out DateOnly date)
    {
        text = Whitespace().Replace(text.Trim(), " ");
        text = OrdinalSuffix().Replace(text, "$1");

        if (YearOnly().IsMatch(text))
        {
            var year = int.Parse(text, CultureInfo.InvariantCulture);
            date = start ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
            return true;
        }

        var monthYear = MonthYear().Match(text);
        if (monthYear.Success)
        {
            if (!BriefDate.TryParse($"{monthYear.Groups["month"].Value} 1, {monthYear.Groups["year"].Value}", out var first))
            {
                date = default;
                return false;
            }

            date = start ? first : first.AddMonths(1).AddDays(-1);
            return true;
        }

        return BriefDate.TryParse(text, out date);
    }

    [GeneratedRegex(@"\bfrom\s+(?<from>" + Date + @")\s*(?:to|through|thru|until|till|[-–—])\s*(?<to>" + Present + "|" + Date + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FromTo();

    [GeneratedRegex(@"\bbetween\s+(?<from>" + Date + @")\s+and\s+(?<to>" + Present + "|" + Date + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"\b(?:since|beginning|starting(?:\s+on)?|on\s+or\s+after)\s+(?<from>" + Date + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    [GeneratedRegex("^" + Present + "$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PresentOnly();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(\d)(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9})\.?,? (?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();
}

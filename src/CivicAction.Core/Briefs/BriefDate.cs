using System.Globalization;
using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>
/// The dates briefs are dated with: "November 26, 2025", "Nov 26, 2025", "Nov. 26, 2025",
/// "Sept. 3, 2026", "2025-11-26" and, for good measure, "26 November 2025".
/// </summary>
public static partial class BriefDate
{
    public const string Example = "November 26, 2025";

    private static readonly Dictionary<string, int> Months = BuildMonths();

    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        var match = MonthFirst().Match(text);
        if (!match.Success)
        {
            match = DayFirst().Match(text);
        }

        if (!match.Success || !Months.TryGetValue(match.Groups["month"].Value.ToLowerInvariant(), out var month))
        {
            return false;
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var m = 1; m <= 12; m++)
        {
            var name = names[m - 1].ToLowerInvariant();
            months[name] = m;
            months[name[..3]] = m;
        }

        months["sept"] = 9;
        return months;
    }

    [GeneratedRegex(@"^(?<month>[A-Za-z]{3,9})\.? (?<day>\d{1,2}),? (?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"^(?<day>\d{1,2}) (?<month>[A-Za-z]{3,9})\.?,? (?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();
}

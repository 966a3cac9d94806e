using System.Globalization;
using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>
/// A meeting's date, time and place as the brief writes them, and what it leaves out ("date", "year", "time",
/// "place"). Blocks labelled "When", "Date", "Time", "Where", "Location", "Place" or "Venue" are read first, then the
/// description, the title and the other blocks. <see cref="Date"/> is set only when the year is written;
/// <see cref="DateOnOrAfter"/> places a date written without one ("Sept. 15") on its next day from a given day.
/// A weekday alone ("Saturday at noon") is no date.
/// </summary>
public sealed partial record MeetingDetails(
    string? DateText, DateOnly? Date, string? TimeText, TimeOnly? Start, TimeOnly? End, string? Place, IReadOnlyList<string> Missing)
{
    public static MeetingDetails Of(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var whenTexts = LabelledTexts(action, WhenLabel());
        var whereTexts = LabelledTexts(action, WhereLabel());
        var blockTexts = action.Blocks.Where(b => b.Label is null || !(WhenLabel().IsMatch(b.Label) || WhereLabel().IsMatch(b.Label)))
            .SelectMany(ActionTexts.Of).ToList();
        var when = whenTexts.Append(action.Description).Append(action.Title).Concat(blockTexts).ToList();

        var date = when.Select(t => DatePattern().Matches(t).FirstOrDefault(IsDate)).FirstOrDefault(m => m is not null);
        var weekday = date is null ? when.Select(t => Weekday().Match(t)).FirstOrDefault(m => m.Success) : null;
        var time = when.Select(TimeIn).FirstOrDefault(t => t is not null);

        // A block's words name a place only in a sentence that also gives the date or time ("Meet at 6 pm at the
        // Capitol"), so that "Speak in English" among the tips is no place.
        var place = whereTexts.FirstOrDefault(t => t.Length > 0)
            ?? new[] { action.Description, action.Title }
                .Concat(blockTexts.Where(t => DatePattern().Matches(t).Any(IsDate) || TimeIn(t) is not null))
                .Select(PlaceIn).FirstOrDefault(p => p is not null);

        DateOnly? full = date is not null && TryDate(date, null, out var d) ? d : null;
        var missing = new List<string>();
        if (date is null)
        {
            missing.Add("date");
        }
        else if (!date.Groups["year"].Success)
        {
            missing.Add("year");
        }

        if (time is null)
        {
            missing.Add("time");
        }

        if (place is null)
        {
            missing.Add("place");
        }

        return new MeetingDetails(date?.Value ?? weekday?.Value, full, time?.Text, time?.Start, time?.End, place, missing);
    }

    /// <summary>The meeting's day: the written date, or a date written without its year on its first day from <paramref name="from"/>.</summary>
    public DateOnly? DateOnOrAfter(DateOnly from)
    {
        if (Date is { } date)
        {
            return date;
        }

        var match = DatePattern().Match(DateText ?? "");
        if (!match.Success)
        {
            return null;
        }

        for (var year = from.Year; year <= from.Year + 1; year++)
        {
            if (TryDate(match, year, out var candidate) && candidate >= from)
            {
                return candidate;
            }
        }

        return null;
    }

    private static List<string> LabelledTexts(BriefAction action, Regex label) =>
        action.Blocks.Where(b => b.Label is { } l && label.IsMatch(l)).SelectMany(b => ActionTexts.Of(b.Items).Prepend(b.Text)).ToList();

    private static bool TryDate(Match match, int? year, out DateOnly date)
    {
        date = default;
        int month;
        if (match.Groups["mname"].Success)
        {
            var index = Array.FindIndex(MonthNames, n => match.Groups["mname"].Value.StartsWith(n, StringComparison.OrdinalIgnoreCase));
            month = index + 1;
        }
        else
        {
            month = int.Parse(match.Groups["mnum"].Value, CultureInfo.InvariantCulture);
        }

        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["year"].Success)
        {
            year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            year += year < 100 ? 2000 : 0;
        }

        if (year is not { } y || month is < 1 or > 12 || y is < 1900 or > 2999 || day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        date = new DateOnly(y, month, day);
        return true;
    }

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private sealed record WrittenTime(string Text, TimeOnly Start, TimeOnly? End);

    // A month and day that exist in some year ("Feb. 30" and "13/45" are no dates).
    private static bool IsDate(Match match) => TryDate(match, 2000, out _);

    private static WrittenTime? TimeIn(string text)
    {
        if (Noon().Match(text) is { Success: true } noon)
        {
            return new WrittenTime(noon.Value, noon.Value.Equals("noon", StringComparison.OrdinalIgnoreCase) ? new TimeOnly(12, 0) : new TimeOnly(0, 0), null);
        }

        return Clock().Matches(text).Select(TimeOf).FirstOrDefault(t => t is not null);
    }

    private static WrittenTime? TimeOf(Match m)
    {
        var endMeridiem = m.Groups["ap2"].Success ? m.Groups["ap2"].Value : null;
        var startMeridiem = m.Groups["ap1"].Success ? m.Groups["ap1"].Value : endMeridiem;
        if (Hour(m.Groups["h1"].Value, m.Groups["m1"].Value, startMeridiem) is not { } start)
        {
            return null;
        }

        var end = m.Groups["h2"].Success ? Hour(m.Groups["h2"].Value, m.Groups["m2"].Value, endMeridiem) : null;
        return new WrittenTime(m.Value.Trim(), start, end);
    }

    private static TimeOnly? Hour(string hours, string minutes, string? meridiem)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var min = minutes.Length == 0 ? 0 : int.Parse(minutes, CultureInfo.InvariantCulture);
        if (meridiem is not null)
        {
            if (h is < 1 or > 12)
            {
                return null;
            }

            var pm = meridiem.StartsWith('p') || meridiem.StartsWith('P');
            h = h % 12 + (pm ? 12 : 0);
        }
        else if (minutes.Length == 0)
        {
            return null; // "at 6" alone is no time
        }

        return h is >= 0 and < 24 && min is >= 0 and < 60 ? new TimeOnly(h, min) : null;
    }

    private static string? PlaceIn(string text)
    {
        foreach (Match m in PlacePhrase().Matches(text))
        {
            var place = m.Groups["place"].Value;
            if (NotAPlace().IsMatch(place))
            {
                continue;
            }

            // The place ends where the date or time of the same sentence begins: "City Hall on March 12 at 6 pm".
            var cut = PlaceEnd().Match(place);
            place = (cut.Success ? place[..cut.Index] : place).TrimEnd(' ', ',', '-', '–');
            if (place.Length > 1)
            {
                return place;
            }
        }

        return null;
    }

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    [GeneratedRegex(@"^(?:When|Date|Dates|Time|Times|Date and time|Date & time|Meeting time|Hearing date)\s*$", Options)]
    private static partial Regex WhenLabel();

    [GeneratedRegex(@"^(?:Where|Location|Place|Venue|Meeting place|Address of the meeting)\s*$", Options)]
    private static partial Regex WhereLabel();

    [GeneratedRegex(@"(?<![\w/-])(?:(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?(?<mname>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?<year>\d{4}))?|(?<year>\d{4})-(?<mnum>\d{2})-(?<day>\d{2})|(?<mnum>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\d|0?[1-9])(?:/(?<year>\d{4}|\d{2}))?)(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:noon|midnight)\b", Options)]
    private static partial Regex Noon();

    [GeneratedRegex(@"(?<![\w:/.-])(?<h1>\d{1,2})(?::(?<m1>[0-5]\d))?\s*(?<ap1>[ap]\.?\s?m\.?(?![a-z]))?(?:\s*(?:-|–|—|to|until)\s*(?<h2>\d{1,2})(?::(?<m2>[0-5]\d))?\s*(?<ap2>[ap]\.?\s?m\.?(?![a-z]))?)?(?=$|[\s,.;)])", Options)]
    private static partial Regex Clock();

    // In a lookahead, so that a phrase passed over ("at the meeting at City Hall") does not hide the next one.
    [GeneratedRegex(@"\b(?:at|in)\s+(?=(?<place>(?:the\s+)?[A-Z][^.;!?()]*|the\s+[^.;!?()]+))", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePhrase();

    [GeneratedRegex(@"^(?:the\s+)?(?:meeting|hearing|town ?hall|session|event|rally|forum|vote|end|start|beginning|morning|afternoon|evening|person|support|opposition|favor|writing|time|least|most|noon|midnight|\d)\b|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b", Options)]
    private static partial Regex NotAPlace();

    [GeneratedRegex(@"\s+(?:on|from|starting|beginning|before|by|at\s+\d|at\s+noon)\b|,\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*day\b", Options)]
    private static partial Regex PlaceEnd();
}

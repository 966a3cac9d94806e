using System.Globalization;
using CivicAction.Core.Briefs;
using CivicAction.Core.Formats;
using CivicAction.Web.Features.Stories;

namespace CivicAction.Web.Features.Meetings;

/// <summary>
/// A meeting as the brief gives it, and what it leaves out, said plainly. A date written without its year is placed on
/// its next day from the story's date (a brief announces meetings to come); the page says so.
/// </summary>
public sealed record MeetingView(StoryAction Found, MeetingDetails Details)
{
    public static MeetingView Of(StoryAction found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return new MeetingView(found, MeetingDetails.Of(found.Action));
    }

    public DateOnly? Day => Details.DateOnOrAfter(Found.Story.Brief.Published);

    public bool YearAssumed => Details.Date is null && Day is not null;

    public string? DayText => Day?.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>What the brief does not give, each as a sentence.</summary>
    public IEnumerable<string> MissingSentences()
    {
        foreach (var missing in Details.Missing)
        {
            yield return missing switch
            {
                "date" => Details.DateText is { } weekday
                    ? $"The brief gives only the day of the week ({weekday}), not the date: check the agency's page."
                    : "The brief does not give the date: check the agency's page.",
                "year" => Day is { } day
                    ? $"The brief does not give the year: this page takes the next {Details.DateText} after the story's date, {day.Year}. Check the agency's page."
                    : "The brief does not give the year: check the agency's page.",
                "time" => "The brief does not give the time: check the agency's page.",
                "place" => "The brief does not give the place: check the agency's page.",
                _ => $"The brief does not give the {missing}: check the agency's page.",
            };
        }
    }

    public string CalendarPath => ActionLinks.DraftPath(Found.Slug, Found.Number, Core.Letters.DraftKind.Attend) + "/meeting.ics";

    public CalendarMeeting? Calendar(string siteName)
    {
        if (Day is not { } day)
        {
            return null;
        }

        var action = Found.Action;
        var description = string.Join("\n", new[]
        {
            action.Description,
            Details.TimeText is null ? "The brief does not give the time: check the agency's page." : null,
            Details.Start is not null && Details.End is null ? "The brief gives no end time." : null,
            $"From the story: {Found.Story.Brief.Headline}",
        }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return new CalendarMeeting($"meeting-{Found.Slug}-{Found.Number}@{Slug.FromHeadline(siteName)}", action.Title, day,
            Details.Start, Details.End, Details.Place, description);
    }
}

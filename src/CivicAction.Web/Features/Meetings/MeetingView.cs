using System.Globalization;
using CivicAction.Core.Briefs;
using CivicAction.Core.Formats;
using CivicAction.Web.Features.Shared;
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

    public string? DayText => Day is { } day ? SharedStrings.LongDateWithDay(day) : null;

    /// <summary>What the brief does not give, each as a sentence.</summary>
    public IEnumerable<string> MissingSentences()
    {
        foreach (var missing in Details.Missing)
        {
            yield return missing switch
            {
                "date" => Details.DateText is { } weekday
                    ? MeetingStrings.Format("Missing.DateWeekdayOnly", weekday)
                    : MeetingStrings.Text("Missing.Date"),
                "year" => Day is { } day
                    ? MeetingStrings.Format("Missing.YearAssumed", Details.DateText, day.Year.ToString(CultureInfo.InvariantCulture))
                    : MeetingStrings.Text("Missing.Year"),
                "time" => MeetingStrings.Text("Missing.Time"),
                "place" => MeetingStrings.Text("Missing.Place"),
                _ => MeetingStrings.Format("Missing.Other", missing),
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
            Details.TimeText is null ? MeetingStrings.Text("Missing.Time") : null,
            Details.Start is not null && Details.End is null ? MeetingStrings.Text("Calendar.NoEndTime") : null,
            MeetingStrings.Format("Calendar.FromStory", Found.Story.Brief.Headline),
        }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return new CalendarMeeting($"meeting-{Found.Slug}-{Found.Number}@{Slug.FromHeadline(siteName)}", action.Title, day,
            Details.Start, Details.End, Details.Place, description);
    }
}

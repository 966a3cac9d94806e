using CivicAction.Core.Briefs;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CivicAction.Web.Features.Foia.Downloads;

/// <summary>One date of a request's calendar: which deadline (the key of its UID), the day, and what it says.</summary>
public sealed record FoiaDeadlineEvent(string Key, DateOnly On, string Summary, string Description);

/// <summary>
/// A request's deadlines as an iCalendar file (RFC 5545, written by Ical.Net): an all-day event for each date known so
/// far, each with reminders three days and one day before and the link to the request's private page. An event's UID
/// is made of the request and the deadline only, so a calendar that imports the file again updates the event in place.
/// </summary>
public static class FoiaCalendar
{
    private static readonly int[] RemindDaysBefore = [3, 1];

    /// <summary>What is known when: the answer's due date once sent, the expedited decision once asked for and sent, the appeal deadline once an adverse answer came.</summary>
    public static IReadOnlyList<FoiaDeadlineEvent> EventsFor(FoiaRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var events = new List<FoiaDeadlineEvent>();
        if (record.Due is { } due)
        {
            events.Add(new("due", due, $"FOIA answer due: {record.AgencyName}",
                $"Your FOIA request \"{record.Subject}\" is due an answer today ({record.ResponseDue!.Rule}). If none came, your request page has a follow-up letter."));
        }

        if (record.Request.ExpeditedRequested && record.ExpeditedDecisionDue?.Latest is { } expedited)
        {
            events.Add(new("expedited", expedited, $"FOIA expedited decision due: {record.AgencyName}",
                $"{record.AgencyName} must decide today whether to expedite your request \"{record.Subject}\" ({record.ExpeditedDecisionDue.Rule})."));
        }

        if (record.AppealDeadline is { } appeal)
        {
            events.Add(new("appeal", appeal, $"Last day to appeal: {record.AgencyName}",
                $"The last day to appeal the answer to your FOIA request \"{record.Subject}\". Your request page has the appeal letter."));
        }

        return events;
    }

    public static string Create(string siteName, long requestId, IReadOnlyList<FoiaDeadlineEvent> events, Uri page, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        var calendar = new Calendar { ProductId = $"-//{siteName}//FOIA requests//EN" };
        calendar.AddProperty("METHOD", "PUBLISH");
        var host = Slug.FromHeadline(siteName);
        foreach (var deadline in events)
        {
            var day = new CalendarEvent
            {
                Uid = $"foia-{requestId}-{deadline.Key}@{host}",
                DtStamp = new CalDateTime(now.UtcDateTime),
                DtStart = new CalDateTime(deadline.On),
                DtEnd = new CalDateTime(deadline.On.AddDays(1)),
                Summary = deadline.Summary,
                Description = deadline.Description,
                Url = page,
                Transparency = TransparencyType.Transparent,
            };
            foreach (var days in RemindDaysBefore)
            {
                day.Alarms.Add(new Alarm
                {
                    Action = AlarmAction.Display,
                    Description = deadline.Summary,
                    Trigger = new Trigger(new Duration(days: -days)),
                });
            }

            calendar.Events.Add(day);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}

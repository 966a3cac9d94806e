using System.Text;
using CivicAction.Core.Formats;
using CivicAction.Core.Letters;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.Meetings;

/// <summary>The meeting as an .ics file, when the brief gives its date; a GET, since it holds nothing of the person.</summary>
public sealed class CalendarModel(StoryStore stories, IOptions<SiteOptions> site, TimeProvider clock) : PageModel
{
    public IActionResult OnGet(string slug, int number)
    {
        if (stories.FindAction(slug, number, DraftKind.Attend) is not { } found
            || MeetingView.Of(found).Calendar(site.Value.Name) is not { } meeting)
        {
            return NotFound();
        }

        var ics = MeetingCalendar.Create(site.Value.Name, meeting, clock.GetUtcNow());
        return new FileContentResult(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8") { FileDownloadName = "meeting.ics" };
    }
}

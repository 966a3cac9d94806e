using System.Text.RegularExpressions;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Calls;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.RateLimits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace CivicAction.Web.Features.Calls;

/// <summary>
/// Records how a call went in the anonymous tally and answers 303 back to the call page. The form's one-time key
/// makes a double press count once; the story page's cached copy is dropped so that it shows the new count.
/// Its own page so that the drafting rate limit counts these posts apart from the script's.
/// </summary>
[EnableRateLimiting(RateLimits.Draft)]
public sealed partial class OutcomeModel(StoryStore stories, CallTallyStore tally, CallKeys keys, IOutputCacheStore cache) : PageModel
{
    public IActionResult OnGet(string slug, int number) => new SeeOtherResult(ActionLinks.DraftPath(slug, number, DraftKind.Call)!);

    public async Task<IActionResult> OnPostAsync(string slug, int number, string? key, string? outcome, string? zip, string? seat, string? member)
    {
        if (stories.FindAction(slug, number, DraftKind.Call) is null)
        {
            return NotFound();
        }

        var back = new CallReturn(zip, seat).Query(ActionLinks.DraftPath(slug, number, DraftKind.Call)!);
        var anchor = member is not null && CardKey().IsMatch(member) ? "#call-" + member : "";
        var join = back.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        if (keys.Open(key) is not { } token)
        {
            return BadRequest("The form's key is missing, damaged or more than two days old: open the call page again and record the call from there.");
        }

        if (!CallOutcomes.TryParse(outcome, out var chosen))
        {
            return new SeeOtherResult($"{back}{join}unchosen=true{anchor}");
        }

        if (tally.Record(slug, number, token, chosen) != TallyChange.Unchanged)
        {
            await cache.EvictByTagAsync(StoryOutputCache.TagOf(slug), HttpContext.RequestAborted);
        }

        return new SeeOtherResult($"{back}{join}recorded={DbEnum.Text(chosen)}{anchor}");
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex CardKey();
}

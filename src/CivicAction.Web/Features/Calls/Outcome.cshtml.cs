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
/// Its own page so that the drafting rate limit counts these posts apart from the script's. When the form carries the
/// caller's name or city (a full post, without script), the answer is a 307 that posts them on to the call page, so the
/// filled script comes back: they are personal and never go into an address.
/// </summary>
[EnableRateLimiting(RateLimits.Draft)]
public sealed partial class OutcomeModel(StoryStore stories, CallTallyStore tally, CallKeys keys, IOutputCacheStore cache) : PageModel
{
    public IActionResult OnGet(string slug, int number) => new SeeOtherResult(ActionLinks.DraftPath(slug, number, DraftKind.Call)!);

    public async Task<IActionResult> OnPostAsync(string slug, int number, string? key, string? outcome, string? zip, string? seat, string? member,
        string? name = null, string? city = null)
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
            return BadRequest(CallStrings.Text("Outcome.BadKey"));
        }

        var withCaller = !string.IsNullOrEmpty(name) || !string.IsNullOrEmpty(city);
        if (!CallOutcomes.TryParse(outcome, out var chosen))
        {
            return Back(withCaller, slug, number, back, join, "unchosen=true", anchor);
        }

        if (tally.Record(slug, number, token, chosen) != TallyChange.Unchanged)
        {
            await cache.EvictByTagAsync(StoryOutputCache.TagOf(slug), HttpContext.RequestAborted);
        }

        return Back(withCaller, slug, number, back, join, $"recorded={DbEnum.Text(chosen)}", anchor);
    }

    // 307 keeps the method and the body: the call page gets the name and city as posted, and what was recorded.
    private static IActionResult Back(bool withCaller, string slug, int number, string back, char join, string said, string anchor) =>
        withCaller
            ? new RedirectResult($"{ActionLinks.DraftPath(slug, number, DraftKind.Call)}?{said}{anchor}", permanent: false, preserveMethod: true)
            : new SeeOtherResult($"{back}{join}{said}{anchor}");

    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex CardKey();
}

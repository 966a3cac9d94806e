using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.RateLimits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// The list a "my requests" link opens: the requests saved under the person's address, each opened by a button that
/// gives it a fresh private address (a button, so a mail scanner opening the link makes no address).
/// </summary>
[PrivatePage]
[EnableRateLimiting(RateLimits.Draft)]
public sealed class MineListModel(FoiaAccessStore access) : PageModel
{
    public IReadOnlyList<FoiaRequestSummary> Requests { get; private set; } = [];

    /// <summary>The link is unknown or has expired: the page says so and offers a new one.</summary>
    public bool Expired { get; private set; }

    public IActionResult OnGet(string token)
    {
        if (access.KeyFor(token) is not { } key)
        {
            Expired = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Requests = access.Requests(key);
        return Page();
    }

    public IActionResult OnPostOpen(string token, long id)
    {
        if (access.Open(token, id) is not { } fresh)
        {
            return OnGet(token);
        }

        return new SeeOtherResult($"/requests/{fresh}");
    }
}

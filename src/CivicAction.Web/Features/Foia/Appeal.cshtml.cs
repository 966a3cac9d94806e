using CivicAction.Core.Deadlines;
using CivicAction.Core.Letters.Foia;
using CivicAction.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// A request's appeals: the deadline with its rule, the office to send them to, and for each ground its letter beside
/// the original request. Reached from the private request page, at the same private address (the token is the key).
/// </summary>
[PrivatePage]
public sealed class AppealModel(FoiaRequestStore requests, TimeProvider clock) : PageModel
{
    public FoiaRecord Record { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public DateOnly Today { get; private set; }

    /// <summary>Each ground the answer gives, with its letter; never empty on a shown page.</summary>
    public IReadOnlyList<(AppealPoint Point, FoiaLetter Letter)> Letters { get; private set; } = [];

    public IActionResult OnGet(string token)
    {
        if (requests.ByToken(token) is not { } record)
        {
            return NotFound();
        }

        Today = FederalDate.Today(clock);
        var points = record.AppealPoints(Today);
        if (points.Count == 0)
        {
            return NotFound(); // the same rule as the downloads: no page while there is nothing to appeal
        }

        (Record, Token) = (record, token);
        Letters = [.. points.Select(p => (p, record.AppealLetter(p, Today)))];
        return Page();
    }
}

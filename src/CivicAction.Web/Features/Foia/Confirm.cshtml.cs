using CivicAction.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using CivicAction.Web.Features.SendForMe.Confirmations;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Platform.RateLimits;

namespace CivicAction.Web.Features.Foia;

/// <summary>The link from the confirmation e-mail: a button that confirms the address and releases the letter.</summary>
[PrivatePage]
[EnableRateLimiting(RateLimits.Confirm)]
public sealed class ConfirmModel(FoiaRequestStore requests, HeldMessages held) : PageModel
{
    public FoiaRecord Record { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public bool Expired { get; private set; }

    public IActionResult OnGet(string token) => Load(token) ? Page() : NotFound();

    public IActionResult OnPost(string token, string confirm)
    {
        if (!Load(token))
        {
            return NotFound();
        }

        switch (held.Release(Record.Owner, confirm))
        {
            case ConfirmOutcome.Confirmed:
            case ConfirmOutcome.AlreadyConfirmed:
                return new SeeOtherResult($"/requests/{token}?done=confirmed");
            case ConfirmOutcome.Expired:
                Expired = true;
                return Page();
            default:
                return NotFound();
        }
    }

    private bool Load(string token)
    {
        if (requests.ByToken(token) is not { } record)
        {
            return false;
        }

        Record = record;
        Token = token;
        return true;
    }
}

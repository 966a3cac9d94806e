using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.SendForMe.Confirmations;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.RateLimits;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// The link in the confirmation e-mail. Opening it changes nothing (mail scanners open links);
/// the button POSTs, which releases the held letters to the outbox.
/// </summary>
[PrivatePage]
[EnableRateLimiting(RateLimits.Confirm)]
public sealed class ConfirmModel(SentLetterStore store, HeldMessages held, CongressLookup lookup) : PageModel
{
    public LetterSet Set { get; private set; } = null!;

    public IReadOnlyList<SentLetter> Letters { get; private set; } = [];

    public DataAsOf Data { get; private set; } = null!;

    /// <summary>Why confirming did not work; null before trying.</summary>
    public string? Problem { get; private set; }

    public IActionResult OnGet(string token) => Load(token) ? Page() : NotFound();

    public IActionResult OnPost(string token, string code)
    {
        if (!Load(token))
        {
            return NotFound();
        }

        switch (held.Release(Set.Owner, code))
        {
            case ConfirmOutcome.Confirmed:
            case ConfirmOutcome.AlreadyConfirmed:
                return new SeeOtherResult($"/letters/{token}");
            case ConfirmOutcome.Expired:
                Problem = LetterStrings.Format("Confirm.Expired", EmailConfirmations.Lifetime.Days);
                break;
            default:
                Problem = Set.IsDeleted
                    ? LetterStrings.Text("Confirm.DeletedNothingToConfirm")
                    : LetterStrings.Text("Confirm.NoMatch");
                break;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private bool Load(string token)
    {
        if (store.Find(token) is not { } set)
        {
            return false;
        }

        Set = set;
        Letters = store.Letters(set);
        Data = lookup.Data();
        return true;
    }
}

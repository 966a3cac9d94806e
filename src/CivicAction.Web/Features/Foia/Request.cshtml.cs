using CivicAction.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using CivicAction.Core.Letters.Foia;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Platform.RateLimits;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// A request's private page: how to send it, its timeline and due date, what to record, the
/// follow-up and appeal letters, and deleting it. The address is the only key: keep it private.
/// </summary>
[PrivatePage]
[EnableRateLimiting(RateLimits.Draft)]
public sealed class RequestModel(
    FoiaRequestStore requests,
    HeldMessages held,
    IOptions<SmtpOptions> smtp,
    IOptions<SiteOptions> site,
    TimeProvider clock) : PageModel
{
    public FoiaTracking Tracking { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public string? Notice { get; private set; }

    public bool CanSendForMe => Tracking.Record.CanBeSentForMe(smtp.Value.Enabled);

    [BindProperty]
    public RecordInput Input { get; set; } = new();

    public IActionResult OnGet(string token, string? done)
    {
        if (!Load(token))
        {
            return NotFound();
        }

        Notice = done switch
        {
            "saved" => "Saved. This page's address is private: bookmark it, it is the only way back to your request.",
            "confirm" => $"We sent a confirmation link to {Tracking.Request.Email}. Open it to send your request.",
            "confirmed" => "Thank you: your address is confirmed and the request is on its way to the agency.",
            "recorded" => "Recorded.",
            _ => null,
        };
        return Page();
    }

    public IActionResult OnPostSubmitted(string token) =>
        Update(token, record => requests.RecordSubmission(record.Id, Input.On ?? Tracking.Today, Input.Via ?? SubmissionRoute.Portal, Input.TrackingNumber));

    public IActionResult OnPostAcknowledged(string token) =>
        Update(token, record => requests.RecordAcknowledgement(record.Id, Input.On ?? Tracking.Today, Input.TrackingNumber, Input.UnusualCircumstances));

    public IActionResult OnPostAnswered(string token) =>
        Update(token, record => requests.RecordAnswer(record.Id, Input.On ?? Tracking.Today, Input.Outcome ?? FoiaOutcome.Granted));

    public IActionResult OnPostDelete(string token)
    {
        if (!Load(token))
        {
            return NotFound();
        }

        requests.Delete(Tracking.Record);
        return new SeeOtherResult("/requests/deleted");
    }

    private IActionResult Update(string token, Action<FoiaRecord> record)
    {
        if (!Load(token))
        {
            return NotFound();
        }

        if (Input.HasLineBreak)
        {
            ModelState.AddModelError("Input.TrackingNumber", "Write the tracking number on one line.");
        }

        if (Input.Via == SubmissionRoute.SentForMe)
        {
            ModelState.AddModelError("Input.Via", "Choose how you sent it: through the portal, from your own e-mail, or by post.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        record(Tracking.Record);
        return new SeeOtherResult($"/requests/{token}?done=recorded");
    }

    private bool Load(string token)
    {
        if (requests.ByToken(token) is not { } record)
        {
            return false;
        }

        Token = token;
        Tracking = FoiaTracking.Load(record, held, site.Value, clock);
        return true;
    }

    /// <summary>What the small forms on the page post.</summary>
    public sealed class RecordInput
    {
        public DateOnly? On { get; set; }

        public SubmissionRoute? Via { get; set; }

        [System.ComponentModel.DataAnnotations.StringLength(100)]
        public string? TrackingNumber { get; set; }

        public bool UnusualCircumstances { get; set; }

        public FoiaOutcome? Outcome { get; set; }

        public bool HasLineBreak => TrackingNumber?.Any(char.IsControl) == true;
    }
}

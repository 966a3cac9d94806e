using CivicAction.Core.Letters.Foia;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.RateLimits;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// "Send it for me": queues the letter (held) to the agency's address on record and e-mails the
/// requester a confirmation link. Rate limited per client: this makes the app send e-mail.
/// </summary>
[PrivatePage]
[EnableRateLimiting(RateLimits.Send)]
public sealed class SendModel(FoiaRequestStore requests, OutboxWorker worker, IOptions<SmtpOptions> smtp, SiteUrls urls) : PageModel
{
    public IActionResult OnGet(string token) => Redirect($"/requests/{token}");

    public IActionResult OnPost(string token, string? website)
    {
        if (requests.ByToken(token) is not { } record)
        {
            return NotFound();
        }

        var back = $"/requests/{token}";
        if (!string.IsNullOrEmpty(website))
        {
            return Redirect(back + "?done=confirm"); // a bot filled the hidden field: look done, send nothing
        }

        var canSend = record.Channel == "email" && record.Destination is not null && smtp.Value.Enabled
            && record.SendRequestedAt is null && record.SubmittedOn is null
            && FoiaChecks.AllowsSending(FoiaChecks.Check(record.Request, record.Agency));
        if (!canSend)
        {
            return Redirect(back);
        }

        requests.RequestSending(record, confirm => urls.Absolute(Request, $"/requests/{token}/confirm/{confirm}"));
        worker.Nudge();
        return Redirect(back + "?done=confirm");
    }
}

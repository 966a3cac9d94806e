using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
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
public sealed class SendModel(FoiaRequestStore requests, IOptions<SmtpOptions> smtp, SiteUrls urls) : PageModel
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
            return new SeeOtherResult(back + "?done=confirm"); // a bot filled the hidden field: look done, send nothing
        }

        if (!record.CanBeSentForMe(smtp.Value.Enabled))
        {
            return new SeeOtherResult(back);
        }

        requests.RequestSending(record, confirm => urls.ForEmail($"/requests/{token}/confirm/{confirm}"));
        return new SeeOtherResult(back + "?done=confirm");
    }
}

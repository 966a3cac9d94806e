using CivicAction.Web.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.SendForMe.Smtp;

/// <summary>
/// Mail on (<see cref="SmtpOptions.Host"/>) needs the site's public address: every confirmation e-mail carries a
/// link, and a link made from the request's Host header would point wherever the sender of that request chose.
/// Checked at start with the other settings, so the app stops with the reason instead of sending such links.
/// </summary>
public sealed class MailNeedsPublicUrl(IOptions<SiteOptions> site) : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Enabled && string.IsNullOrWhiteSpace(site.Value.PublicUrl)
            ? ValidateOptionsResult.Fail(
                "Smtp:Host is set, so Site:PublicUrl must be too (such as https://civicaction.example): the links in "
                + "confirmation e-mails are made from it, never from a request's Host header.")
            : ValidateOptionsResult.Success;
    }
}

using CivicAction.Web.Features.SendForMe.Smtp;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.Congress.Letters.Cwc;

/// <summary>
/// CWC delivery needs mail: nothing is delivered before the person confirms their e-mail address through the link
/// the site sends them, and the outbox is worked only with mail on. Checked at start with the other settings.
/// </summary>
public sealed class CwcNeedsSmtp(IOptions<SmtpOptions> smtp) : IValidateOptions<CwcOptions>
{
    public ValidateOptionsResult Validate(string? name, CwcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Enabled && !smtp.Value.Enabled
            ? ValidateOptionsResult.Fail(
                "CongressDelivery:Cwc:Host is set, so Smtp:Host must be too: a letter goes through CWC only after the person "
                + "confirms their e-mail address with the link the site e-mails them.")
            : ValidateOptionsResult.Success;
    }
}

using System.ComponentModel.DataAnnotations;
using CivicAction.Core.Formats;
using CivicAction.Core.Letters.Congress.Cwc;
using CivicAction.Web.Platform.Options;

namespace CivicAction.Web.Features.Congress.Letters.Cwc;

/// <summary>
/// Delivery through Communicating with Congress (CWC), for operators registered as CWC delivery agents; bound to
/// <c>CongressDelivery:Cwc</c>. Off unless <see cref="Host"/> and <see cref="ApiKey"/> are both set; then every
/// other value is required and checked at start, so a message is never refused for the operator's settings.
/// </summary>
public sealed class CwcOptions : IOptionsSection, IValidatableObject
{
    public static string Section => "CongressDelivery:Cwc";

    /// <summary>The CWC API's address, e.g. https://cwc.house.gov (messages go to /v2/message).</summary>
    public string? Host { get; set; }

    /// <summary>The delivery agent's key, sent as <c>?apikey=</c>; a secret, never logged or shown.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The delivery agent's name as registered with CWC (it must match the key's owner).</summary>
    public string? DeliveryAgent { get; set; }

    /// <summary>Where CWC sends its acknowledgements.</summary>
    public string? DeliveryAgentAckEmail { get; set; }

    public string? DeliveryAgentContactName { get; set; }

    public string? DeliveryAgentContactEmail { get; set; }

    /// <summary>Written 202-555-0100, as CWC requires.</summary>
    public string? DeliveryAgentContactPhone { get; set; }

    /// <summary>The campaign the site's messages are filed under.</summary>
    public string? CampaignId { get; set; }

    /// <summary>How long one post may take before it counts as a failed attempt (and is tried again later).</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(ApiKey);

    public CwcDeliveryAgent Agent() => new(
        DeliveryAgent?.Trim() ?? "", DeliveryAgentAckEmail?.Trim() ?? "", DeliveryAgentContactName?.Trim() ?? "",
        DeliveryAgentContactEmail?.Trim() ?? "", DeliveryAgentContactPhone?.Trim() ?? "", CampaignId?.Trim() ?? "");

    /// <summary>The endpoint messages are posted to, without the key (the sender adds it; nothing else sees it).</summary>
    public Uri MessageEndpoint() => new(new Uri(Host!.Trim().TrimEnd('/') + "/", UriKind.Absolute), "v2/message");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Host) != string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult(string.IsNullOrWhiteSpace(Host)
                ? "CongressDelivery:Cwc:ApiKey is set, so CongressDelivery:Cwc:Host must be too (such as https://cwc.house.gov)"
                : "CongressDelivery:Cwc:Host is set, so CongressDelivery:Cwc:ApiKey must be too (the key CWC gave the delivery agent)");
            yield break;
        }

        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Host!.Trim(), UriKind.Absolute, out var host) || host.Scheme is not ("https" or "http")
            || !string.IsNullOrEmpty(host.Query) || !string.IsNullOrEmpty(host.UserInfo))
        {
            yield return new ValidationResult($"CongressDelivery:Cwc:Host '{Host}' must be a web address such as https://cwc.house.gov, without a query");
        }

        if (ApiKey!.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            yield return new ValidationResult("CongressDelivery:Cwc:ApiKey must be the key alone, without spaces or line breaks");
        }

        foreach (var problem in AgentProblems())
        {
            yield return new ValidationResult(problem);
        }
    }

    private IEnumerable<string> AgentProblems()
    {
        if (Required(DeliveryAgent, "DeliveryAgent", "the delivery agent's name as registered with CWC") is { } agent)
        {
            yield return agent;
        }
        else if (DeliveryAgent!.Trim().Length is < 4 or > 500)
        {
            yield return "CongressDelivery:Cwc:DeliveryAgent must have 4 to 500 characters";
        }

        foreach (var (value, setting) in new[] { (DeliveryAgentAckEmail, "DeliveryAgentAckEmail"), (DeliveryAgentContactEmail, "DeliveryAgentContactEmail") })
        {
            if (Required(value, setting, "an e-mail address") is { } missing)
            {
                yield return missing;
            }
            else if (!EmailAddress.IsValid(value!.Trim()))
            {
                yield return $"CongressDelivery:Cwc:{setting} '{value}' is not an e-mail address";
            }
        }

        if (Required(DeliveryAgentContactName, "DeliveryAgentContactName", "the name of the person CWC can contact") is { } name)
        {
            yield return name;
        }
        else if (DeliveryAgentContactName!.Trim().Length is < 6 or > 500)
        {
            yield return "CongressDelivery:Cwc:DeliveryAgentContactName must have 6 to 500 characters (CWC's rule)";
        }

        if (Required(DeliveryAgentContactPhone, "DeliveryAgentContactPhone", "a phone number written 202-555-0100") is { } phone)
        {
            yield return phone;
        }
        else if (!System.Text.RegularExpressions.Regex.IsMatch(DeliveryAgentContactPhone!.Trim(), "^[0-9]{3}-[0-9]{3}-[0-9]{4}$"))
        {
            yield return $"CongressDelivery:Cwc:DeliveryAgentContactPhone '{DeliveryAgentContactPhone}' must be written 202-555-0100";
        }

        if (Required(CampaignId, "CampaignId", "the campaign the site's messages are filed under") is { } campaign)
        {
            yield return campaign;
        }
        else if (CampaignId!.Trim().Length is < 2 or > 500)
        {
            yield return "CongressDelivery:Cwc:CampaignId must have 2 to 500 characters";
        }
    }

    private static string? Required(string? value, string name, string what) =>
        string.IsNullOrWhiteSpace(value) ? $"CongressDelivery:Cwc:Host is set, so CongressDelivery:Cwc:{name} must be too ({what})" : null;
}

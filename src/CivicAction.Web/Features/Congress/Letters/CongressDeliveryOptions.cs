using System.Text.RegularExpressions;
using System.ComponentModel.DataAnnotations;
using CivicAction.Core.Formats;
using CivicAction.Web.Platform.Options;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// E-mail addresses of members' offices that the operator knows and vouches for, bound to the
/// <c>CongressDelivery</c> section. Members of Congress publish no e-mail addresses, so by default
/// there are none, and "open in my e-mail app" and "send for me" are not offered. An address is
/// only ever taken from here, never from a form or guessed.
/// </summary>
public sealed partial class CongressDeliveryOptions : IOptionsSection, IValidatableObject
{
    public static string Section => "CongressDelivery";

    /// <summary>Marks where a member's Bioguide ID goes in <see cref="GatewayPattern"/>.</summary>
    public const string BioguideToken = "{bioguide}";

    /// <summary>Bioguide ID (e.g. C000127) to the office's address; wins over the gateway.</summary>
    public Dictionary<string, string> Addresses { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A delivery gateway that reaches every office, e.g. <c>{bioguide}@gateway.example</c>; empty for none.</summary>
    public string? GatewayPattern { get; set; }

    /// <summary>The address for a member, or null when the operator configured none.</summary>
    public string? AddressFor(string bioguideId)
    {
        if (!BioguideId().IsMatch(bioguideId))
        {
            return null;
        }

        // The binder may replace the dictionary (and its comparer), so keys are compared here.
        var address = Addresses.FirstOrDefault(a => string.Equals(a.Key, bioguideId, StringComparison.OrdinalIgnoreCase)).Value;
        if (!string.IsNullOrWhiteSpace(address))
        {
            return address.Trim();
        }

        return string.IsNullOrWhiteSpace(GatewayPattern)
            ? null
            : GatewayPattern.Trim().Replace(BioguideToken, bioguideId.ToUpperInvariant(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Why the configuration cannot be used, or null when it can (checked at start).</summary>
    public string? Problem()
    {
        foreach (var (id, address) in Addresses)
        {
            if (!BioguideId().IsMatch(id))
            {
                return $"CongressDelivery:Addresses: '{id}' is not a Bioguide ID (a letter and six digits, e.g. C000127)";
            }

            if (!EmailAddress.IsValid(address?.Trim()))
            {
                return $"CongressDelivery:Addresses:{id}: '{address}' is not an e-mail address";
            }
        }

        if (!string.IsNullOrWhiteSpace(GatewayPattern)
            && (!GatewayPattern.Contains(BioguideToken, StringComparison.OrdinalIgnoreCase)
                || !EmailAddress.IsValid(GatewayPattern.Replace(BioguideToken, "A000000", StringComparison.OrdinalIgnoreCase))))
        {
            return $"CongressDelivery:GatewayPattern must be an e-mail address containing {BioguideToken}, e.g. {BioguideToken}@gateway.example";
        }

        return null;
    }

    /// <summary>Stops the app at start with the exact problem when the section is unusable.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        Problem() is { } problem ? [new ValidationResult(problem)] : [];

    [GeneratedRegex(@"^[A-Za-z][0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex BioguideId();
}

using System.ComponentModel.DataAnnotations;
using CivicAction.Core.Formats;
using CivicAction.Web.Platform.Options;

namespace CivicAction.Web.Features.SendForMe.Smtp;

/// <summary>How the app sends mail ("send for me"). Bound to the <c>Smtp</c> section.</summary>
public sealed class SmtpOptions : IOptionsSection, IValidatableObject
{
    public static string Section => "Smtp";

    /// <summary>SMTP server; empty turns "send for me" off (people still copy, mail or use portals).</summary>
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>None, StartTls (port 587) or SslOnConnect (port 465).</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The app's own address: mail is From it, with the requester's name, and Reply-To the requester.</summary>
    public string FromAddress { get; set; } = "noreply@civicaction.invalid";

    /// <summary>Domain for Message-IDs.</summary>
    public string MessageIdDomain { get; set; } = "civicaction.invalid";

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>How often the worker looks for due messages.</summary>
    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 5;

    /// <summary>First retry delay; each further retry doubles it, up to an hour.</summary>
    [Range(0.01, 3600)]
    public double RetryBaseSeconds { get; set; } = 30;

    /// <summary>Attempts before a message that keeps failing temporarily is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    public const int DefaultLeaseSeconds = 120;

    /// <summary>
    /// How long a claimed message is kept from every other worker: an instance that dies mid-attempt leaves its message
    /// to another once this has passed. Longer than one attempt can take (<see cref="TimeoutSeconds"/>).
    /// </summary>
    [Range(2, 3600)]
    public int LeaseSeconds { get; set; } = DefaultLeaseSeconds;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>
    /// The app's own address passes the same check as every other address (MimeKit's parser), and with mail on it is
    /// a real one: the placeholder default (a reserved .invalid domain) would send every letter from nowhere.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!EmailAddress.IsValid(FromAddress))
        {
            yield return new ValidationResult($"Smtp:FromAddress '{FromAddress}' is not an e-mail address such as noreply@civicaction.example", [nameof(FromAddress)]);
        }
        else if (Enabled && FromAddress.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                "Smtp:Host is set, so Smtp:FromAddress must be the site's own address (such as noreply@civicaction.example), not the placeholder default",
                [nameof(FromAddress)]);
        }

        if (LeaseSeconds <= TimeoutSeconds)
        {
            yield return new ValidationResult(
                $"Smtp:LeaseSeconds ({LeaseSeconds}) must be longer than Smtp:TimeoutSeconds ({TimeoutSeconds}): a message still being sent would be taken by another worker and sent twice",
                [nameof(LeaseSeconds)]);
        }
    }
}

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

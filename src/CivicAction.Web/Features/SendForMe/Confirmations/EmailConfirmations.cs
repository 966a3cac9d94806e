using System.Text.RegularExpressions;
using System.Data.Common;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Platform.Hosting;
using Microsoft.Extensions.Options;
using Dapper;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.SendForMe.Confirmations;

/// <summary>What a click on a confirmation link came to.</summary>
public enum ConfirmOutcome
{
    Confirmed,
    AlreadyConfirmed,
    Expired,
    Unknown,
}

/// <summary>
/// Confirmation of the requester's own e-mail address before anything is sent in their name.
/// Asking queues a confirmation e-mail (in the caller's transaction, next to the held message);
/// confirming releases the owner's held messages in one transaction.
/// </summary>
public sealed partial class EmailConfirmations(IDatabase database, OutboxStore outbox, IOptions<SiteOptions> site, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>
    /// Queues the confirmation e-mail to <paramref name="email"/>, worded in <paramref name="language"/> (the one the
    /// requester used when asking; <paramref name="what"/> must be worded in it too); <paramref name="confirmUrl"/> turns
    /// the new token into the link. Returns the token (for tests; pages never show it).
    /// </summary>
    public string Ask(DbConnection connection, DbTransaction transaction, string ownerKey, string name, string email, string what, Func<string, string> confirmUrl,
        string language = SiteLanguages.English)
    {
        var token = SecretToken.New();
        var now = clock.GetUtcNow();
        const string sql = """
            INSERT INTO email_confirmations (owner_key, token_hash, created_at, expires_at)
            VALUES (@ownerKey, @tokenHash, @now, @expires)
            """;
        connection.Execute(sql, new { ownerKey, tokenHash = SecretToken.Hash(token), now, expires = now + Lifetime }, transaction);

        var siteName = site.Value.Name;
        var body = SendForMeStrings.Format("Confirmation.Body", language, Greeting(name, language), siteName, what, confirmUrl(token), Lifetime.Days);
        outbox.Add(connection, transaction, new NewMessage(
            MessagePurpose.Confirmation, ownerKey, "", email, null, null, SendForMeStrings.Format("Confirmation.Subject", language, what), body, Held: false));
        return token;
    }

    /// <summary>
    /// "Hello Ann Example," when the name is one (bounded, with nothing a mail client would turn into a link or an
    /// address), else "Hello,": this e-mail goes to an address no one has confirmed yet, so the one text of the
    /// sender's that it carries must not be a message to a stranger.
    /// </summary>
    public static string Greeting(string name, string language = SiteLanguages.English)
    {
        var trimmed = name.Trim();
        return trimmed.Length is > 0 and <= MaxNameInGreeting && !LinkLike().IsMatch(trimmed) && !trimmed.Any(char.IsControl)
            ? SendForMeStrings.Format("Confirmation.GreetingName", language, trimmed)
            : SendForMeStrings.Text("Confirmation.Greeting", language);
    }

    private const int MaxNameInGreeting = 100;

    // A scheme, an address, "www." or a dotted domain such as "example.com" (but not the initials of "J.R.R. Tolkien").
    [GeneratedRegex(@"://|@|www\.|[\p{L}\p{N}-]\.[\p{L}]{2,}|[<>\[\]]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LinkLike();

    public ConfirmOutcome Confirm(string ownerKey, string token)
    {
        if (!SecretToken.LooksValid(token))
        {
            return ConfirmOutcome.Unknown;
        }

        using var connection = database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        var row = connection.QuerySingleOrDefault<ConfirmationRow>(
            "SELECT id, expires_at, confirmed_at FROM email_confirmations WHERE owner_key = @ownerKey AND token_hash = @hash",
            new { ownerKey, hash = SecretToken.Hash(token) }, transaction);
        if (row is null)
        {
            return ConfirmOutcome.Unknown;
        }

        if (row.ConfirmedAt is not null)
        {
            return ConfirmOutcome.AlreadyConfirmed;
        }

        var now = clock.GetUtcNow();
        if (row.ExpiresAt < now)
        {
            return ConfirmOutcome.Expired;
        }

        connection.Execute("UPDATE email_confirmations SET confirmed_at = @now WHERE id = @Id", new { now, row.Id }, transaction);
        outbox.Release(connection, transaction, ownerKey);
        transaction.Commit();
        return ConfirmOutcome.Confirmed;
    }

    /// <summary>The owner's confirmation links stop working (their data is being deleted).</summary>
    public void Forget(DbConnection connection, DbTransaction transaction, string ownerKey) =>
        connection.Execute("DELETE FROM email_confirmations WHERE owner_key = @ownerKey", new { ownerKey }, transaction);

    public DateTimeOffset? ConfirmedAt(string ownerKey)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<DateTimeOffset?>(
            "SELECT MAX(confirmed_at) FROM email_confirmations WHERE owner_key = @ownerKey", new { ownerKey });
    }

    private sealed record ConfirmationRow(long Id, DateTimeOffset ExpiresAt, DateTimeOffset? ConfirmedAt);
}

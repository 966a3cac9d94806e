using CivicAction.Core.Formats;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Hosting;
using Dapper;

namespace CivicAction.Web.Features.Foia;

/// <summary>One line of a person's list of requests: enough to tell them apart, nothing of the letter.</summary>
public sealed record FoiaRequestSummary(long Id, string AgencyName, string Subject, DateTimeOffset CreatedAt, DateOnly? SubmittedOn, DateOnly? AnsweredOn);

/// <summary>
/// "My requests" without passwords. The person asks for a link by typing their e-mail address; if requests were saved
/// under it (they opted in), a link to their list is e-mailed, good for <see cref="LinkLifetime"/>.
/// </summary>
/// <remarks>
/// Why this design: a request's private token is kept only as a hash, so no list can link to it. A list link is its own
/// secret (a 256-bit token, kept as a hash, keyed to the hash of the e-mail address, expiring after a day, so an old
/// mail in an inbox is not a key for ever), and opening a request from the list makes that request a fresh private
/// token of its own (<c>foia_request_tokens</c>), which works like the first one and is deleted with the request. A
/// signed session cookie would have needed no table, but it would tie the list to one browser and could not be ended
/// from the database; a fresh token per request keeps every request's page the same private page, whoever opens it.
/// Nothing here says whether an address has requests: the form's answer is always the same.
/// </remarks>
public sealed class FoiaAccessStore(IDatabase database, HeldMessages held, TimeProvider clock)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    /// <summary>The key a request is listed under: the address trimmed and in lower case, hashed like the tokens.</summary>
    public static string EmailKey(string email) => SecretToken.Hash((email ?? "").Trim().ToLowerInvariant());

    /// <summary>
    /// Queues the link to the list of requests saved under <paramref name="email"/>, if there are any, in one transaction
    /// with the link itself; <paramref name="mail"/> turns the link's token into the e-mail. False when nothing was sent.
    /// </summary>
    public bool SendListLink(string email, Func<string, (string Subject, string Body)> mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!EmailAddress.IsValid(email))
        {
            return false;
        }

        var key = EmailKey(email);
        using var connection = database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        if (connection.ExecuteScalar<long>("SELECT COUNT(*) FROM foia_requests WHERE owner_email_hash = @key", new { key }, transaction) == 0)
        {
            return false;
        }

        var token = SecretToken.New();
        var now = clock.GetUtcNow();
        var id = connection.ExecuteScalar<long>("""
            INSERT INTO foia_access_links (email_hash, token_hash, created_at, expires_at)
            VALUES (@key, @tokenHash, @now, @expires)
            RETURNING id
            """, new { key, tokenHash = SecretToken.Hash(token), now, expires = now + LinkLifetime }, transaction);
        var (subject, body) = mail(token);
        held.Notify(connection, transaction, new MessageOwner(MessagePurpose.PrivateLink, id), email.Trim(), subject, body);
        transaction.Commit();
        held.WakeWorker();
        return true;
    }

    /// <summary>The e-mail key a list link opens, while it has not expired; null otherwise.</summary>
    public string? KeyFor(string? listToken)
    {
        if (!SecretToken.LooksValid(listToken))
        {
            return null;
        }

        using var connection = database.Open();
        var link = connection.QuerySingleOrDefault<LinkRow>(
            "SELECT email_hash, expires_at FROM foia_access_links WHERE token_hash = @hash", new { hash = SecretToken.Hash(listToken!) });
        return link is not null && clock.GetUtcNow() < link.ExpiresAt ? link.EmailHash : null;
    }

    private sealed record LinkRow(string EmailHash, DateTimeOffset ExpiresAt);

    /// <summary>The requests listed under <paramref name="key"/>, newest first.</summary>
    public IReadOnlyList<FoiaRequestSummary> Requests(string key)
    {
        using var connection = database.Open();
        return [.. connection.Query<FoiaRequestSummary>("""
            SELECT id, agency_name, subject, created_at, submitted_on, answered_on FROM foia_requests
            WHERE owner_email_hash = @key ORDER BY created_at DESC, id DESC
            """, new { key })];
    }

    /// <summary>
    /// A fresh private token for request <paramref name="id"/>, when <paramref name="listToken"/> still opens a list that
    /// holds it; null otherwise (an expired link, another person's request).
    /// </summary>
    public string? Open(string? listToken, long id)
    {
        if (KeyFor(listToken) is not { } key)
        {
            return null;
        }

        var token = SecretToken.New();
        using var connection = database.OpenForWriting();
        var added = connection.Execute("""
            INSERT INTO foia_request_tokens (request_id, token_hash, created_at)
            SELECT id, @tokenHash, @now FROM foia_requests WHERE id = @id AND owner_email_hash = @key
            """, new { id, key, tokenHash = SecretToken.Hash(token), now = clock.GetUtcNow() });
        return added == 1 ? token : null;
    }
}

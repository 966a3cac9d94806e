using System.Data.Common;
using System.Security.Cryptography;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Platform.Database;
using Dapper;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.SendForMe.Outbox;

/// <summary>
/// The outbox table. Messages are added inside the caller's transaction (the change and its message commit
/// together); the worker claims one at a time with a lease (<see cref="IOutboxClaims"/>), so a crash while sending
/// leaves a "sending" row that is retried, with the same Message-ID, once the lease ends. States travel as
/// parameters (<see cref="States"/>), never as literals in the SQL.
/// </summary>
public sealed class OutboxStore(IDatabase database, IOutboxClaims claims, IOptions<SmtpOptions> options, TimeProvider clock)
{
    /// <summary>The default of <see cref="SmtpOptions.LeaseSeconds"/>.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(SmtpOptions.DefaultLeaseSeconds);

    /// <summary>The columns of <see cref="OutboxMessage"/>, in its constructor's order (Dapper maps records by constructor).</summary>
    public const string Columns = """
        id, message_id, purpose, owner_key, from_name, to_address, cc_address, reply_to, subject, body,
        state, attempts, next_attempt_at, last_error, created_at, sent_at, channel, payload
        """;

    // What forgetting a message clears: everything that says who wrote to whom, and what.
    private const string Blank = "from_name = '', to_address = '', cc_address = NULL, reply_to = NULL, subject = '', body = '', payload = NULL, last_error = NULL";

    /// <summary>Every state and the purposes whose body is a secret as SQL parameters: @held, @pending ... @confirmation, @privatelink.</summary>
    public static DynamicParameters States(object? more = null)
    {
        var parameters = new DynamicParameters(more);
        foreach (var state in Enum.GetValues<OutboxState>())
        {
            parameters.Add(DbEnum.Text(state), DbEnum.Text(state));
        }

        parameters.Add("confirmation", DbEnum.Text(MessagePurpose.Confirmation));
        parameters.Add("privatelink", DbEnum.Text(MessagePurpose.PrivateLink));
        return parameters;
    }

    public long Add(DbConnection connection, DbTransaction transaction, NewMessage message)
    {
        const string sql = """
            INSERT INTO outbox_messages (message_id, purpose, owner_key, from_name, to_address, cc_address, reply_to,
                                         subject, body, state, next_attempt_at, created_at, channel, payload)
            VALUES (@messageId, @purpose, @OwnerKey, @FromName, @ToAddress, @CcAddress, @ReplyTo,
                    @Subject, @Body, @state, @now, @now, @channel, @Payload)
            RETURNING id
            """;
        var now = clock.GetUtcNow();
        return connection.ExecuteScalar<long>(sql, new
        {
            // A CWC message is known by its DeliveryId, as a mail by its Message-ID: one identity across attempts.
            messageId = message.MessageId ?? NewMessageId(options.Value.MessageIdDomain),
            purpose = DbEnum.Text(message.Purpose),
            message.OwnerKey,
            message.FromName,
            message.ToAddress,
            message.CcAddress,
            message.ReplyTo,
            message.Subject,
            message.Body,
            state = DbEnum.Text(message.Held ? OutboxState.Held : OutboxState.Pending),
            now,
            channel = DbEnum.Text(message.Channel),
            message.Payload,
        }, transaction);
    }

    /// <summary>Held messages of an owner become deliverable (the requester confirmed their address).</summary>
    public int Release(DbConnection connection, DbTransaction transaction, string ownerKey)
    {
        const string sql = "UPDATE outbox_messages SET state = @pending, next_attempt_at = @now WHERE owner_key = @ownerKey AND state = @held";
        return connection.Execute(sql, States(new { ownerKey, now = clock.GetUtcNow() }), transaction);
    }

    /// <summary>
    /// Held messages nobody confirmed while the link was valid are cancelled and their personal data
    /// blanked: the server keeps no one's letter because they once typed it and walked away.
    /// </summary>
    public int ExpireHeld(TimeSpan age)
    {
        const string sql = $"""
            UPDATE outbox_messages
            SET state = @cancelled, {Blank}
            WHERE state = @held AND created_at < @cutoff
            """;
        // A message whose sender died after its owner deleted their data is not tried again.
        const string abandoned = $"""
            UPDATE outbox_messages
            SET state = @cancelled, {Blank}, forget = 0
            WHERE state = @sending AND forget = 1 AND locked_until <= @now
            """;
        int blanked, expired;
        using (var connection = database.OpenForWriting())
        {
            blanked = connection.Execute(abandoned, States(new { now = clock.GetUtcNow() }));
            expired = connection.Execute(sql, States(new { cutoff = clock.GetUtcNow() - age }));
        }

        if (blanked + expired > 0)
        {
            database.ForgetDeletedData();
        }

        return expired;
    }

    /// <summary>
    /// Removes the personal data of an owner's messages, keeping only what delivery needs to stay
    /// idempotent. A message being sent right now is marked and blanked when its attempt is recorded.
    /// </summary>
    public int Forget(DbConnection connection, DbTransaction transaction, string ownerKey)
    {
        const string sql = $"""
            UPDATE outbox_messages
            SET {Blank},
                state = CASE WHEN state IN (@held, @pending) THEN @cancelled ELSE state END
            WHERE owner_key = @ownerKey AND state <> @sending
            """;
        connection.Execute("UPDATE outbox_messages SET forget = 1 WHERE owner_key = @ownerKey AND state = @sending", States(new { ownerKey }), transaction);
        return connection.Execute(sql, States(new { ownerKey }), transaction);
    }

    public IReadOnlyList<OutboxMessage> ForOwner(string ownerKey)
    {
        using var connection = database.Open();
        return connection.Query<OutboxMessage>($"SELECT {Columns} FROM outbox_messages WHERE owner_key = @ownerKey ORDER BY id", new { ownerKey }).AsList();
    }

    public OutboxMessage? Find(long id)
    {
        using var connection = database.Open();
        return connection.QuerySingleOrDefault<OutboxMessage>($"SELECT {Columns} FROM outbox_messages WHERE id = @id", new { id });
    }

    /// <summary>Takes the next due message (or one whose sender died mid-attempt) and counts the attempt.</summary>
    public OutboxMessage? ClaimNext()
    {
        var now = clock.GetUtcNow();
        using var connection = database.OpenForWriting();
        return claims.ClaimNext(connection, now, now + TimeSpan.FromSeconds(options.Value.LeaseSeconds));
    }

    /// <summary>
    /// Records delivery, with the receiving system's reference when it gave one (CWC's receipt, for the ledger). A
    /// confirmation or private-link e-mail's body holds a secret link, so it is not kept once sent.
    /// </summary>
    public void MarkSent(long id, string? receipt = null)
    {
        const string sql = """
            UPDATE outbox_messages
            SET state = @sent, sent_at = @now, locked_until = NULL, last_error = NULL, receipt = @receipt,
                body = CASE WHEN purpose IN (@confirmation, @privatelink) THEN '' ELSE body END
            WHERE id = @id
            """;
        using var connection = database.OpenForWriting();
        connection.Execute(sql, States(new { id, now = clock.GetUtcNow(), receipt }));
        ForgetIfMarked(connection, id);
    }

    public void MarkRetry(long id, DateTimeOffset nextAttemptAt, string error)
    {
        using var connection = database.OpenForWriting();
        connection.Execute(
            "UPDATE outbox_messages SET state = @pending, next_attempt_at = @nextAttemptAt, locked_until = NULL, last_error = @error WHERE id = @id",
            States(new { id, nextAttemptAt, error }));
        ForgetIfMarked(connection, id);
    }

    public void MarkFailed(long id, string error)
    {
        using var connection = database.OpenForWriting();
        connection.Execute(
            "UPDATE outbox_messages SET state = @failed, locked_until = NULL, last_error = @error WHERE id = @id",
            States(new { id, error }));
        ForgetIfMarked(connection, id);
    }

    /// <summary>The owner deleted their data during the attempt: blank it now (from the disk too), and never retry it.</summary>
    private void ForgetIfMarked(DbConnection connection, long id)
    {
        const string sql = $"""
            UPDATE outbox_messages
            SET {Blank}, forget = 0, state = CASE WHEN state = @pending THEN @cancelled ELSE state END
            WHERE id = @id AND forget = 1
            """;
        if (connection.Execute(sql, States(new { id })) > 0)
        {
            database.ForgetDeletedData();
        }
    }

    private static string NewMessageId(string domain) =>
        $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}@{domain}";
}

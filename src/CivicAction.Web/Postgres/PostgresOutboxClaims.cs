using System.Data.Common;
using CivicAction.Web.Features.SendForMe.Outbox;
using Dapper;

namespace CivicAction.Web.Postgres;

/// <summary>
/// Claims for many workers at once (several app instances on one server): the due row is chosen and locked with
/// <c>FOR UPDATE SKIP LOCKED</c>, so a worker passes over a row another is claiming rather than waiting for it or
/// taking it too, and the update that counts the attempt and sets the lease commits with the choice. The lease then
/// keeps the row from every other worker until it ends, as on SQLite.
/// </summary>
public sealed class PostgresOutboxClaims : IOutboxClaims
{
    public OutboxMessage? ClaimNext(DbConnection connection, DateTimeOffset now, DateTimeOffset lockedUntil)
    {
        const string sql = $"""
            UPDATE outbox_messages
            SET state = @sending, attempts = attempts + 1, locked_until = @lockedUntil
            WHERE id = (
                SELECT id FROM outbox_messages
                WHERE (state = @pending AND next_attempt_at <= @now)
                   OR (state = @sending AND locked_until <= @now AND forget = 0)
                ORDER BY next_attempt_at, id
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING {OutboxStore.Columns}
            """;
        return connection.QuerySingleOrDefault<OutboxMessage>(sql, OutboxStore.States(new { now, lockedUntil }));
    }
}

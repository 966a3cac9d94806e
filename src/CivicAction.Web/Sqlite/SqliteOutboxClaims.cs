using System.Data.Common;
using CivicAction.Web.Features.SendForMe.Outbox;
using Dapper;

namespace CivicAction.Web.Sqlite;

/// <summary>
/// Claims in one UPDATE ... RETURNING: SQLite runs one writer at a time, so the chosen row cannot be taken twice.
/// (On PostgreSQL, where many workers claim at once, <see cref="Postgres.PostgresOutboxClaims"/> adds <c>FOR UPDATE SKIP LOCKED</c>.)
/// </summary>
public sealed class SqliteOutboxClaims : IOutboxClaims
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
                LIMIT 1)
            RETURNING {OutboxStore.Columns}
            """;
        return connection.QuerySingleOrDefault<OutboxMessage>(sql, OutboxStore.States(new { now, lockedUntil }));
    }
}

using System.Data.Common;

namespace CivicAction.Web.Features.SendForMe.Outbox;

/// <summary>
/// The one part of the outbox whose SQL differs between databases: taking the next due message under a lease, so
/// that no two workers take the same one. The rest of <see cref="OutboxStore"/> is portable SQL.
/// </summary>
public interface IOutboxClaims
{
    /// <summary>
    /// Marks the next due message (a pending one whose time has come, or one whose sender died mid-attempt)
    /// as sending until <paramref name="lockedUntil"/>, counts the attempt, and returns it; null when none is due.
    /// </summary>
    OutboxMessage? ClaimNext(DbConnection connection, DateTimeOffset now, DateTimeOffset lockedUntil);
}

using System.Data.Common;

namespace CivicAction.Web.Platform.Database;

/// <summary>
/// The database every store works through. The stores' SQL is portable; what differs between databases lives in
/// a provider folder (<c>Sqlite/</c>): how connections are opened, the numbered schema scripts, and the small seam
/// interface of each store that needs one (<c>IStorySearchIndex</c>, <c>IOutboxClaims</c>).
/// </summary>
public interface IDatabase
{
    /// <summary>Where the data is, for the log and the operator (a file path); never a password.</summary>
    string Location { get; }

    /// <summary>A connection for reading (pooled; pages open one per request).</summary>
    DbConnection Open();

    /// <summary>A connection for writing.</summary>
    DbConnection OpenForWriting();

    /// <summary>Settings the database keeps once they are set, applied before the migrations.</summary>
    void Prepare();

    /// <summary>
    /// Call after personal data was deleted or blanked, once that is committed: no copy of it stays in the
    /// database's files, in a journal or in the free space the rows left. Deleting a row only unlinks it.
    /// </summary>
    void ForgetDeletedData();

    /// <summary>This database's numbered schema scripts, in order.</summary>
    IReadOnlyList<SchemaScript> SchemaScripts();
}

/// <summary>One numbered schema script: applied once, never edited after it ships.</summary>
public sealed record SchemaScript(long Version, string Name, string Sql);

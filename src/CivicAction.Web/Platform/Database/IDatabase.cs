using System.Data.Common;

namespace CivicAction.Web.Platform.Database;

/// <summary>
/// The database every store works through. The stores' SQL is portable; what differs between databases lives in
/// a provider folder (<c>Sqlite/</c>, <c>Postgres/</c>): how connections are opened, the numbered schema scripts, and the small seam
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

    /// <summary>
    /// Inside a migration's transaction: keeps any other process from migrating the same database until it ends (app
    /// instances sharing one server start together).
    /// </summary>
    void LockSchema(DbConnection connection, DbTransaction transaction);

    /// <summary>
    /// The SQL that tests a value against a list parameter, e.g. <c>story_id {AnyOf("@ids")}</c>: Dapper writes a list
    /// out as <c>IN (@ids1, @ids2 ...)</c> for SQLite, but hands it to PostgreSQL as one array.
    /// </summary>
    string AnyOf(string parameter);
}

/// <summary>One numbered schema script: applied once, never edited after it ships.</summary>
public sealed record SchemaScript(long Version, string Name, string Sql)
{
    /// <summary>The scripts embedded in an assembly under a resource prefix (<c>NNNN_name.sql</c>), in order.</summary>
    public static IReadOnlyList<SchemaScript> Embedded(System.Reflection.Assembly assembly, string prefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..];
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                var version = long.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                return new SchemaScript(version, name, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }
}

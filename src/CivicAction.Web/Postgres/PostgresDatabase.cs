using System.Data.Common;
using CivicAction.Web.Platform.Database;
using Dapper;
using Npgsql;

namespace CivicAction.Web.Postgres;

/// <summary>
/// The app's PostgreSQL database: pooled connections from one data source, and the schema scripts embedded from
/// <c>Postgres/Schema</c> (the same numbers as SQLite's, meaning the same tables).
/// </summary>
public sealed class PostgresDatabase : IDatabase, IDisposable
{
    private const string SchemaPrefix = "CivicAction.Web.Postgres.Schema.";

    /// <summary>Any number, the same in every instance: the key of the advisory lock migrations take.</summary>
    private const long SchemaLockKey = 0x43_69_76_69_63_41; // "CivicA"

    // What ForgetDeletedData vacuums: the tables that hold someone's name, address, letter or e-mail.
    private const string PersonalTables = "outbox_messages, foia_requests, email_confirmations, congress_letter_sets";

    private readonly NpgsqlDataSource _source;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // The server, port and database, for the log: never the user's password.
        Location = $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
        _source = NpgsqlDataSource.Create(builder);
    }

    public string Location { get; }

    public DbConnection Open() => _source.OpenConnection();

    public DbConnection OpenForWriting() => _source.OpenConnection();

    /// <summary>Nothing to set: the server keeps its own settings.</summary>
    public void Prepare()
    {
    }

    /// <summary>
    /// PostgreSQL keeps a deleted or rewritten row in its table until VACUUM makes the space reusable, where later
    /// rows overwrite it; this vacuums the tables of personal data at once rather than when autovacuum comes by. The
    /// server's write-ahead log and any base backups still hold the old rows until they are recycled: the README
    /// says what the operator keeps of them.
    /// </summary>
    public void ForgetDeletedData()
    {
        using var connection = _source.OpenConnection();
        connection.Execute($"VACUUM {PersonalTables}");
    }

    public IReadOnlyList<SchemaScript> SchemaScripts() => SchemaScript.Embedded(typeof(PostgresDatabase).Assembly, SchemaPrefix);

    /// <summary>A transaction-level advisory lock: released by the commit or rollback, also when the process dies.</summary>
    public void LockSchema(DbConnection connection, DbTransaction transaction) =>
        connection.Execute("SELECT pg_advisory_xact_lock(@key)", new { key = SchemaLockKey }, transaction);

    public string AnyOf(string parameter) => $"= ANY({parameter})";

    public void Dispose() => _source.Dispose();
}

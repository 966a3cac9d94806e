using System.Data.Common;
using System.Globalization;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Hosting;
using Microsoft.Data.Sqlite;

namespace CivicAction.Web.Sqlite;

/// <summary>
/// The app's SQLite file: connections with foreign keys and secure delete on, a WAL journal (set once, persistent
/// in the file), and the schema scripts embedded from <c>Sqlite/Schema</c>.
/// </summary>
public sealed class SqliteDatabase : IDatabase
{
    private const string SchemaPrefix = "CivicAction.Web.Sqlite.Schema.";
    private readonly string _connectionString;

    /// <summary>
    /// The file is created here, for the app's user only, before SQLite opens it: SQLite would create it readable by
    /// everyone (under the usual umask), and it gives the -wal and -shm files it creates the file's own mode.
    /// </summary>
    public SqliteDatabase(string path)
    {
        Location = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(directory))
        {
            PrivateFiles.CreateFolder(directory);
        }

        PrivateFiles.File(Location);
        PrivateFiles.Existing(Location + "-wal");
        PrivateFiles.Existing(Location + "-shm");

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Location,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30, // seconds to wait on a lock held by another writer
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string Location { get; }

    /// <summary>
    /// Secure delete is a setting of each connection, not of the file: with it, SQLite overwrites with zeros what a
    /// deleted or rewritten row leaves behind (in its page and in pages it frees), where a copy of the file would
    /// otherwise still show someone's name and letter after they deleted it.
    /// </summary>
    public DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA secure_delete = ON;");
        return connection;
    }

    /// <summary>
    /// NORMAL sync is durable with WAL except for the last commits before a power cut, and spares an fsync per
    /// commit. Readers skip the extra statement.
    /// </summary>
    public DbConnection OpenForWriting()
    {
        var connection = Open();
        Execute(connection, "PRAGMA synchronous = NORMAL;");
        return connection;
    }

    /// <summary>Switches the file to WAL so readers never wait for the importer.</summary>
    public void Prepare()
    {
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode = WAL;");
    }

    /// <summary>
    /// The write-ahead log keeps every page as it was written, the deleted row's included, until it is reused: the
    /// checkpoint copies the pages into the file (where secure delete zeroed the row) and truncates the log to
    /// nothing. It waits a few seconds for readers of an older snapshot; a reader holding on longer leaves the log to
    /// the next deletion, or to the last connection's close, which checkpoints and removes it.
    /// </summary>
    public void ForgetDeletedData()
    {
        using var connection = Open();
        var timeout = Scalar(connection, "PRAGMA busy_timeout;");
        Execute(connection, "PRAGMA busy_timeout = 5000;");
        try
        {
            // The first column of the checkpoint's row is 1 when a reader kept it from finishing (the busy timeout
            // does not make it throw): then the deleted rows may still be in the -wal file, so it is tried again.
            for (var attempt = 0; attempt < 10 && Scalar(connection, "PRAGMA wal_checkpoint(TRUNCATE);") != 0; attempt++)
            {
                Thread.Sleep(50);
            }
        }
        finally
        {
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {timeout};"));
        }
    }

    public IReadOnlyList<SchemaScript> SchemaScripts() => SchemaScript.Embedded(typeof(SqliteDatabase).Assembly, SchemaPrefix);

    /// <summary>Nothing to take: SQLite lets one writer at a time into the file.</summary>
    public void LockSchema(DbConnection connection, DbTransaction transaction)
    {
    }

    public string AnyOf(string parameter) => $"IN {parameter}";

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}

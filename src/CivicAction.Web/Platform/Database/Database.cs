using Microsoft.Data.Sqlite;

namespace CivicAction.Web.Platform.Database;

/// <summary>
/// Opens connections to the app's SQLite file with the settings every connection needs:
/// foreign keys on and a WAL journal (set once, persistent in the file).
/// </summary>
public sealed class Database
{
    private readonly string _connectionString;

    public Database(string path)
    {
        FilePath = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30, // seconds to wait on a lock held by another writer
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>A connection for reading (pooled; pages open one per request).</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>
    /// A connection for writing: NORMAL sync is durable with WAL except for the last commits
    /// before a power cut, and spares an fsync per commit. Readers skip the extra statement.
    /// </summary>
    public SqliteConnection OpenForWriting()
    {
        var connection = Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Switches the file to WAL so readers never wait for the importer.</summary>
    public void EnableWriteAheadLog()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }
}

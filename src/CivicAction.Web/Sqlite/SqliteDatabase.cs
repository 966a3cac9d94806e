using System.Data.Common;
using System.Globalization;
using CivicAction.Web.Platform.Database;
using Microsoft.Data.Sqlite;

namespace CivicAction.Web.Sqlite;

/// <summary>
/// The app's SQLite file: connections with foreign keys on, a WAL journal (set once, persistent in the file), and
/// the schema scripts embedded from <c>Sqlite/Schema</c>.
/// </summary>
public sealed class SqliteDatabase : IDatabase
{
    private const string SchemaPrefix = "CivicAction.Web.Sqlite.Schema.";
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        Location = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(Location);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

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

    public DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
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

    public IReadOnlyList<SchemaScript> SchemaScripts()
    {
        var assembly = typeof(SqliteDatabase).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(SchemaPrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[SchemaPrefix.Length..];
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                var version = long.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                return new SchemaScript(version, name, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

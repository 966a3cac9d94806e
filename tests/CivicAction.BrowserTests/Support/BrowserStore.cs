using CivicAction.Tests.Support;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Postgres;
using CivicAction.Web.Sqlite;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace CivicAction.BrowserTests.Support;

/// <summary>
/// The database a browser server runs on: a SQLite file in the server's folder (the default), or a database of its
/// own on the tests' PostgreSQL server (<see cref="PostgresServer"/>), so the same journeys can run on either store.
/// </summary>
public sealed class BrowserStore : IDisposable
{
    private BrowserStore(string sqlitePath, string? postgresConnectionString)
    {
        SqlitePath = sqlitePath;
        PostgresConnectionString = postgresConnectionString;
    }

    public string SqlitePath { get; }

    /// <summary>The server's own PostgreSQL database; null when it runs on the SQLite file.</summary>
    public string? PostgresConnectionString { get; }

    public bool OnPostgres => PostgresConnectionString is not null;

    public static BrowserStore Create(string folder, string fileName, bool onPostgres) =>
        new(Path.Combine(folder, fileName), onPostgres ? PostgresServer.CreateDatabase() : null);

    /// <summary>The same database the server uses, for preparing it before the server starts (migrated there).</summary>
    public IDatabase Open()
    {
        IDatabase database = PostgresConnectionString is { } postgres ? new PostgresDatabase(postgres) : new SqliteDatabase(SqlitePath);
        DapperSetup.Configure();
        new Migrator(database).Migrate();
        return database;
    }

    /// <summary>Reads one value, for what a person could only see in their mailbox (a link in a held e-mail).</summary>
    public T QueryScalar<T>(string sql, object? parameters = null)
    {
        var database = Open();
        try
        {
            using var connection = database.Open();
            return connection.ExecuteScalar<T>(sql, parameters)!;
        }
        finally
        {
            (database as IDisposable)?.Dispose();
        }
    }

    public void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Path", SqlitePath);
        if (PostgresConnectionString is { } postgres)
        {
            builder.UseSetting("Database:Provider", "PostgreSQL");
            builder.UseSetting("Database:ConnectionString", postgres);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (PostgresConnectionString is { } postgres)
        {
            PostgresServer.DropDatabase(postgres);
        }
    }
}

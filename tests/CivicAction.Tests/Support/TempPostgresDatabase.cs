using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Postgres;

namespace CivicAction.Tests.Support;

/// <summary>A database of its own on the tests' real PostgreSQL server, migrated, dropped afterwards.</summary>
public sealed class TempPostgresDatabase : ITestDatabase
{
    private readonly PostgresDatabase _database;

    public TempPostgresDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("civicaction-test-").FullName;
        ConnectionString = PostgresServer.CreateDatabase();
        DapperSetup.Configure();
        _database = new PostgresDatabase(ConnectionString);
        new Migrator(_database).Migrate();
    }

    public string ConnectionString { get; }

    public string Folder { get; }

    public IDatabase Database => _database;

    public IStorySearchIndex SearchIndex { get; } = new PostgresStorySearchIndex();

    public IOutboxClaims OutboxClaims { get; } = new PostgresOutboxClaims();

    public void Dispose()
    {
        _database.Dispose();
        PostgresServer.DropDatabase(ConnectionString);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

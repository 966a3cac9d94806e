using Microsoft.Data.Sqlite;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Sqlite;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.Stories.Search;

namespace CivicAction.Tests.Support;

/// <summary>A real SQLite file in a fresh temporary folder, migrated, deleted afterwards.</summary>
public sealed class TempDatabase : ITestDatabase
{
    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("civicaction-test-").FullName;
        DapperSetup.Configure();
        Database = new SqliteDatabase(Path.Combine(Folder, "test.db"));
        new Migrator(Database).Migrate();
    }

    public string Folder { get; }

    public SqliteDatabase Database { get; }

    IDatabase ITestDatabase.Database => Database;

    public IStorySearchIndex SearchIndex { get; } = new Fts5StorySearchIndex();

    public IOutboxClaims OutboxClaims { get; } = new SqliteOutboxClaims();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the temp folder is cleaned by the OS later.
        }
    }
}

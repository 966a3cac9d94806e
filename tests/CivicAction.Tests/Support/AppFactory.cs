using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CivicAction.Tests.Support;

/// <summary>The real app over its own database on the tests' PostgreSQL server.</summary>
public sealed class PostgresAppFactory() : AppFactory(Fixtures.SeedsFolder, onPostgres: true);

/// <summary>
/// The real app over its own temporary SQLite file (or a PostgreSQL database of its own), seeded from the repository's seeds/ folder
/// (or a folder the test chooses). One per test class.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public AppFactory() : this(Fixtures.SeedsFolder)
    {
    }

    // postgresTemplate: on PostgreSQL, a database to start from a copy of (PostgresServer.CreateDatabase).
    protected AppFactory(string seedsFolder, bool onPostgres = false, string? postgresTemplate = null)
    {
        Folder = Directory.CreateTempSubdirectory("civicaction-web-").FullName;
        SeedsFolder = seedsFolder;
        PostgresConnectionString = onPostgres ? PostgresServer.CreateDatabase(postgresTemplate) : null;
    }

    /// <summary>The app's own database on the tests' PostgreSQL server; null when it runs on a SQLite file.</summary>
    public string? PostgresConnectionString { get; }

    public string Folder { get; }

    public string SeedsFolder { get; }

    public string DatabasePath => Path.Combine(Folder, "web.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Path", DatabasePath);
        if (PostgresConnectionString is { } postgres)
        {
            builder.UseSetting("Database:Provider", "PostgreSQL");
            builder.UseSetting("Database:ConnectionString", postgres);
        }

        builder.UseSetting("Seeds:Path", SeedsFolder);
        builder.UseSetting("ReferenceData:SnapshotPath", ""); // tests bring the reference data they need (or none)
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (PostgresConnectionString is { } postgres)
        {
            PostgresServer.DropDatabase(postgres);
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CivicAction.Tests.Support;

/// <summary>
/// The real app over its own temporary SQLite file, seeded from the repository's seeds/ folder
/// (or a folder the test chooses). One per test class.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public AppFactory() : this(Fixtures.SeedsFolder)
    {
    }

    protected AppFactory(string seedsFolder)
    {
        Folder = Directory.CreateTempSubdirectory("civicaction-web-").FullName;
        SeedsFolder = seedsFolder;
    }

    public string Folder { get; }

    public string SeedsFolder { get; }

    public string DatabasePath => Path.Combine(Folder, "web.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Seeds:Path", SeedsFolder);
        builder.UseSetting("ReferenceData:SnapshotPath", ""); // tests bring the reference data they need (or none)
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

using CivicAction.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Sqlite;
using Microsoft.Data.Sqlite;

namespace CivicAction.Tests.Platform.Hosting;

/// <summary>
/// The database, its write-ahead log and index, and the key ring hold people's letters and the keys that sign
/// their forms: on a shared machine no other user may read them. (Windows has no such modes.)
/// </summary>
public sealed class PrivateFilesTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyFolder = OwnerOnly | UnixFileMode.UserExecute;
    private const UnixFileMode Group = UnixFileMode.GroupRead | UnixFileMode.GroupWrite;
    private const UnixFileMode Others = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    // The folder itself is open to everyone, so only the files' own modes protect them.
    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-files-").FullName;

    public PrivateFilesTests()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private string DatabasePath => Path.Combine(_folder, "data", "civicaction.db");

    private SqliteDatabase MigratedDatabase()
    {
        DapperSetup.Configure();
        var database = new SqliteDatabase(DatabasePath);
        new Migrator(database).Migrate();
        return database;
    }

    [Fact]
    public void ANewDatabase_ItsLogAndItsIndex_AreTheAppUsersOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var database = MigratedDatabase();
        using (var connection = database.OpenForWriting())
        {
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE written (x); INSERT INTO written VALUES (1);";
            command.ExecuteNonQuery();

            Assert.Equal(OwnerOnly, File.GetUnixFileMode(DatabasePath));
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(DatabasePath + "-wal"));
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(DatabasePath + "-shm"));
        }
    }

    [Fact]
    public void AnExistingDatabaseOpenToOtherUsers_IsClosedToThem_AndStillWorks()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        MigratedDatabase();
        SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(DatabasePath, OwnerOnly | Group | UnixFileMode.OtherRead);

        var reopened = MigratedDatabase();

        Assert.Equal(OwnerOnly | Group, File.GetUnixFileMode(DatabasePath)); // what the operator gave the group stays
        using var connection = reopened.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM schema_migrations";
        Assert.True(Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task TheKeyRing_IsTheAppUsersOnly_NewOrOld()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var keys = Path.Combine(_folder, "data", "keys");
        using (var app = new Site(DatabasePath))
        {
            await app.CreateClient().GetAsync(new Uri("/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia", UriKind.Relative));
        }

        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(keys));
        var key = Assert.Single(Directory.GetFiles(keys, "key-*.xml"));
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(key));

        // A key ring written by an older version, open to everyone, is closed to other users at the next start.
        File.SetUnixFileMode(keys, OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.SetUnixFileMode(key, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using (var restarted = new Site(DatabasePath))
        {
            restarted.CreateClient();
        }

        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(keys) & Others);
        Assert.Equal(UnixFileMode.None, File.GetUnixFileMode(key) & Others);
    }

    private sealed class Site(string databasePath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Path", databasePath);
            builder.UseSetting("Seeds:Path", Fixtures.SeedsFolder);
        }
    }
}

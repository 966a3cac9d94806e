using CivicAction.Core.Letters.Foia;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CivicAction.Tests.Platform.Database;

/// <summary>A database written before enums were stored by name keeps every row, renamed, through 0011.</summary>
public sealed class StoredNamesMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-migration-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void HyphenatedValues_AreRenamed_AndReadBackAsTheirEnums()
    {
        DapperSetup.Configure();
        var database = new SqliteDatabase(Path.Combine(_folder, "old.db"));
        database.Prepare();
        using (var connection = database.OpenForWriting())
        {
            connection.Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var script in database.SchemaScripts().Where(s => s.Version <= 10))
            {
                connection.Execute(script.Sql);
                connection.Execute("INSERT INTO schema_migrations VALUES (@Version, @Name, '2026-11-01T00:00:00Z')", script);
            }

            connection.Execute("""
                INSERT INTO foia_requests (token_hash, agency_name, channel, form, subject, letter, created_at, submitted_via, outcome)
                VALUES ('h', 'EPA', 'email', '{}', 's', 'l', '2026-11-01T00:00:00Z', 'email-app', 'partly-denied');
                INSERT INTO reference_data (dataset, source, source_path, file_date, as_of, as_of_basis, row_count, detail, imported_at)
                VALUES ('zip-districts', 'zccd.csv', '/data/zccd.csv', '2026-11-01T00:00:00Z', '2024-11-12', 'file-date', 42033, 'd', '2026-11-01T00:00:00Z');
                """);
        }

        Assert.Equal(["0011_stored_enums.sql"], new Migrator(database).Migrate().Where(n => n.StartsWith("0011", StringComparison.Ordinal)));

        using var check = database.Open();
        Assert.Equal((SubmissionRoute.EmailApp, FoiaOutcome.PartlyDenied),
            check.QuerySingle<(SubmissionRoute, FoiaOutcome)>("SELECT submitted_via, outcome FROM foia_requests"));
        var dataset = new CongressStore(database, TimeProvider.System).Dataset(Dataset.ZipDistricts)!;
        Assert.Equal((AsOfBasis.FileDate, 42033L, new DateOnly(2024, 11, 12)), (dataset.AsOfBasis, dataset.RowCount, dataset.AsOf));
    }
}

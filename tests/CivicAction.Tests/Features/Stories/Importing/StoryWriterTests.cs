using CivicAction.Tests.Support;
using Dapper;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Sqlite;

namespace CivicAction.Tests.Features.Stories.Importing;

/// <summary>Importing into a real SQLite file: one transaction per file, idempotent, updates in place.</summary>
public sealed class StoryWriterTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly BriefImporter _importer;

    public StoryWriterTests() => _importer = new BriefImporter(new StoryWriter(_db.Database, new Fts5StorySearchIndex()));

    public void Dispose() => _db.Dispose();

    private string Copy(string source, string? name = null)
    {
        var path = Path.Combine(_db.Folder, name ?? Path.GetFileName(source));
        File.Copy(source, path, overwrite: true);
        return path;
    }

    private T Scalar<T>(string sql, object? args = null)
    {
        using var connection = _db.Database.Open();
        return connection.ExecuteScalar<T>(sql, args)!;
    }

    [Fact]
    public void Import_StoresStoryTagsActionsAndSearchEntry()
    {
        var result = _importer.ImportFile(Copy(Fixtures.SeedBrief));

        Assert.Equal(StoreOutcome.Added, result.Outcome);
        Assert.Equal(1, Scalar<long>("SELECT COUNT(*) FROM stories"));
        Assert.Equal("2025-11-26", Scalar<string>("SELECT published FROM stories"));
        Assert.Equal(3, Scalar<long>("SELECT COUNT(*) FROM story_tags"));
        Assert.Equal("immigration,justice,foreign-policy", Scalar<string>(
            "SELECT group_concat(t.slug, ',') FROM (SELECT tags.slug FROM story_tags JOIN tags ON tags.id = tag_id ORDER BY position) t"));
        Assert.Equal("foia,email", Scalar<string>("SELECT group_concat(channel, ',') FROM (SELECT channel FROM story_actions ORDER BY number)"));
        Assert.Equal(1, Scalar<long>("SELECT COUNT(*) FROM story_search WHERE story_search MATCH 'cecot'"));
    }

    [Fact]
    public void Reimport_OfAnUnchangedFile_ChangesNothing()
    {
        var path = Copy(Fixtures.SeedBrief);
        _importer.ImportFile(path);
        var before = Scalar<string>("SELECT updated_at || id || slug FROM stories");

        var again = _importer.ImportFile(path);

        Assert.Equal(StoreOutcome.Unchanged, again.Outcome);
        Assert.Equal(before, Scalar<string>("SELECT updated_at || id || slug FROM stories"));
        Assert.Equal(1, Scalar<long>("SELECT COUNT(*) FROM stories"));
        Assert.Equal(1, Scalar<long>("SELECT COUNT(*) FROM story_search"));
    }

    [Fact]
    public void Reimport_OfAChangedFile_UpdatesTheStoryInPlace()
    {
        var path = Copy(Fixtures.SeedBrief);
        _importer.ImportFile(path);
        var id = Scalar<long>("SELECT id FROM stories");
        var slug = Scalar<string>("SELECT slug FROM stories");

        var text = File.ReadAllText(path)
            .Replace("DOJ admits DHS Secretary Noem", "Justice Department says Noem", StringComparison.Ordinal)
            .Replace("🌍Foreign Policy", "🗳️Elections", StringComparison.Ordinal);
        File.WriteAllText(path, text);
        var result = _importer.ImportFile(path);

        Assert.Equal(StoreOutcome.Updated, result.Outcome);
        Assert.Equal(1, Scalar<long>("SELECT COUNT(*) FROM stories"));
        Assert.Equal(id, Scalar<long>("SELECT id FROM stories"));
        Assert.Equal(slug, Scalar<string>("SELECT slug FROM stories"));
        Assert.StartsWith("Justice Department says Noem", Scalar<string>("SELECT headline FROM stories"));
        Assert.Equal("immigration,justice,elections", Scalar<string>(
            "SELECT group_concat(t.slug, ',') FROM (SELECT tags.slug FROM story_tags JOIN tags ON tags.id = tag_id ORDER BY position) t"));
        Assert.Equal(1, Scalar<long>("SELECT COUNT(*) FROM story_search WHERE story_search MATCH 'justice AND department'"));
        Assert.Equal(1, Scalar<long>("SELECT COUNT(*) FROM story_search"));
    }

    [Fact]
    public void RejectedFile_StoresNothing_AndTheOthersAreStillImported()
    {
        var good = Copy(Fixtures.SeedBrief);
        var bad = Path.Combine(_db.Folder, "bad.txt");
        File.WriteAllText(bad, "November 26, 2025\n\nHeadline\n\nWhat You Can Do\n\n1\n\ncivic action\n");
        var other = Copy(Fixtures.Brief("no_actions.txt"));

        var results = _importer.ImportAll([good, bad, other]);

        Assert.Equal([StoreOutcome.Added, null, StoreOutcome.Added], results.Select(r => r.Outcome));
        Assert.Equal("bad.txt:9: action 1 is cut off before its title: expected a kind (such as 'civic action') and a title after the number",
            results[1].Error!.ToString());
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM stories WHERE source = 'bad.txt'"));
        Assert.Equal(2, Scalar<long>("SELECT COUNT(*) FROM stories"));
    }

    [Fact]
    public void FailureHalfwayThroughAFile_RollsBackEveryRowOfIt()
    {
        // A trigger makes the database refuse the second action: the story, its tags and the
        // first action were already written in the same transaction and must all disappear.
        using (var connection = _db.Database.Open())
        {
            connection.Execute("""
                CREATE TRIGGER refuse_second_action BEFORE INSERT ON story_actions WHEN NEW.number = 2
                BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;
                """);
        }

        var result = _importer.ImportFile(Copy(Fixtures.SeedBrief));

        Assert.Contains("could not be stored", result.Error!.Message, StringComparison.Ordinal);

        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM stories"));
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM story_tags"));
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM story_actions"));
        Assert.Equal(0, Scalar<long>("SELECT COUNT(*) FROM story_search"));
    }

    [Fact]
    public void TwoBriefsWithTheSameHeadline_GetDistinctAddresses()
    {
        _importer.ImportFile(Copy(Fixtures.SeedBrief, "a.txt"));
        var second = _importer.ImportFile(Copy(Fixtures.SeedBrief, "b.txt"));

        Assert.Equal("doj-admits-dhs-secretary-noem-personally-decided-to-deport-2", second.Slug);
        Assert.Equal(2, Scalar<long>("SELECT COUNT(DISTINCT slug) FROM stories"));
    }

    [Fact]
    public void Database_UsesWalAndForeignKeys_AndMigratesOnce()
    {
        Assert.Equal("wal", Scalar<string>("PRAGMA journal_mode"));
        Assert.Equal(1, Scalar<long>("PRAGMA foreign_keys"));
        Assert.Empty(new CivicAction.Web.Platform.Database.Migrator(_db.Database).Migrate());
        var scripts = typeof(CivicAction.Web.Platform.Database.Migrator).Assembly.GetManifestResourceNames()
            .Count(n => n.StartsWith("CivicAction.Web.Sqlite.Schema.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal));
        Assert.True(scripts >= 3, "the schema scripts are embedded");
        Assert.Equal(scripts, Scalar<long>("SELECT COUNT(*) FROM schema_migrations"));
    }
}

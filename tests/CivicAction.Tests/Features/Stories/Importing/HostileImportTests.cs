using CivicAction.Tests.Support;
using Dapper;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Sqlite;

namespace CivicAction.Tests.Features.Stories.Importing;

/// <summary>No file, however built, throws past itself: a run with a hostile file still stores every other file.</summary>
public sealed class HostileImportTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly BriefImporter _importer;

    public HostileImportTests() => _importer = new BriefImporter(new StoryWriter(_db.Database, new Fts5StorySearchIndex()));

    public void Dispose() => _db.Dispose();

    private long Stories()
    {
        using var connection = _db.Database.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stories");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(2_000)]
    public void DeeplyNestedBrief_IsStoredFlattened_WithTheOthersOfItsRun(int levels)
    {
        var deep = Path.Combine(_db.Folder, "deep.txt");
        File.WriteAllText(deep, DeepBrief.Text(levels));

        var results = _importer.ImportAll([deep, Fixtures.SeedBrief]);

        Assert.All(results, r => Assert.Equal(StoreOutcome.Added, r.Outcome));
        Assert.Equal(2, Stories());
    }

    [Fact]
    public void AFileThatCannotEvenBeOpened_IsRejected_AndTheRunGoesOn()
    {
        var results = _importer.ImportAll(["bad\0name.txt", Fixtures.SeedBrief]);

        Assert.NotNull(results[0].Error);
        Assert.Null(results[0].Outcome);
        Assert.Contains("nothing of it was stored", results[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(StoreOutcome.Added, results[1].Outcome);
        Assert.Equal(1, Stories());
    }
}

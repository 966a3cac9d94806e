using System.Text;
using CivicAction.Tests.Support;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Features.Stories.Search;
using Dapper;

namespace CivicAction.Tests.Postgres;

/// <summary>
/// Search over a real PostgreSQL database: weighted tsvectors matched over the whole text, ranked headline &gt; dek
/// &gt; tags &gt; text, snippets by ts_headline from the bounded copy.
/// </summary>
public sealed class PostgresStorySearchIndexTests : IDisposable
{
    private const string Mark = "\uE000";

    private readonly TempPostgresDatabase _db = new();
    private readonly BriefImporter _importer;

    public PostgresStorySearchIndexTests() => _importer = new BriefImporter(new StoryWriter(_db.Database, _db.SearchIndex));

    public void Dispose() => _db.Dispose();

    [Fact]
    public void AMegabyteStory_WithTensOfThousandsOfHits_IsFound_WithTheHitMarkedInItsSnippet()
    {
        Import(Fixtures.SeedBrief);
        Import(Write("culverts.txt", LongBrief("The culvert record", Repeated("Culvert"), 1024 * 1024)));

        var (items, total) = Search("culvert");

        Assert.Equal(1, total);
        var story = Assert.Single(items);
        Assert.Equal("The culvert record", story.Headline);
        Assert.Contains(Mark + "Culvert\uE001", story.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordOnlyAtTheEndOfAMegabyteStory_StillFindsIt_AndItsCardFallsBackToTheDek()
    {
        Import(Fixtures.SeedBrief);
        Import(Write("long.txt", LongBrief("The long record", "The board met again and adjourned without a vote.", 1024 * 1024,
            ending: "In the very last paragraph the word zanzibar appears, once.")));

        var (items, total) = Search("zanzibar");

        Assert.Equal(1, total);
        var story = Assert.Single(items);
        Assert.Equal("The long record", story.Headline);
        Assert.Null(story.Snippet);
    }

    [Fact]
    public void AMatchRanks_HeadlineOverDekOverTagsOverText()
    {
        Import(Write("text.txt", LongBrief("A story about buses", "The council spoke of ferries at length.", 0)));
        Import(Write("tags.txt", LongBrief("A story about trams", "The council spoke of trams.", 0, tag: "⛴️Ferries")));
        Import(Write("dek.txt", LongBrief("A story about trains", "The council spoke of trains.", 0, dek: "What the ferries cost")));
        Import(Write("headline.txt", LongBrief("The ferries are late", "The council spoke of boats.", 0)));

        var (items, total) = Search("ferry");

        Assert.Equal(4, total);
        Assert.Equal(["The ferries are late", "A story about trains", "A story about trams", "A story about buses"], items.Select(i => i.Headline));
    }

    [Fact]
    public void StemsPrefixesAndPhrases_Match_AndEveryTermMustBeThere()
    {
        foreach (var file in Directory.EnumerateFiles(Fixtures.BriefsFolder, "*.txt").Append(Fixtures.SeedBrief))
        {
            Import(file);
        }

        Assert.NotEmpty(Search("deporting").Items);
        Assert.NotEmpty(Search("venezuel*").Items);
        Assert.NotEmpty(Search("\"human rights\"").Items);
        Assert.Empty(Search("\"rights human\"").Items); // a phrase keeps its order
        Assert.Empty(Search("cecot zzzxqq").Items);
        Assert.All(Search("salvador prison").Items, i => Assert.Contains(Mark, i.Snippet ?? Mark, StringComparison.Ordinal));
    }

    [Fact]
    public void AChangedStory_ReplacesItsEntryAndItsSnippetCopy()
    {
        var path = Write("changing.txt", LongBrief("A changing story", "The first version speaks of ferries.", 0));
        Import(path);
        File.WriteAllText(path, LongBrief("A changing story", "The second version speaks of tunnels.", 0));
        Import(path);

        using var connection = _db.Database.Open();
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM story_snippets"));
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM story_search"));
        Assert.Empty(Search("ferries").Items);
        Assert.Contains(Mark + "tunnels", Assert.Single(Search("tunnels").Items).Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void ACancelledSearch_DoesNoWork_AndTheConnectionStillWorks()
    {
        Import(Fixtures.SeedBrief);
        using var connection = _db.Database.Open();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            _db.SearchIndex.Search(connection, StorySearchQuery.Parse("prison"), 20, 0, new CancellationToken(canceled: true)));
        Assert.Single(_db.SearchIndex.Search(connection, StorySearchQuery.Parse("prison"), 20, 0).Items);
    }

    [Fact]
    public void ASearchCancelledWhileTheServerWorks_IsStoppedThere()
    {
        // Enough long stories that matching every word with a prefix takes the server a while.
        for (var n = 0; n < 40; n++)
        {
            Import(Write($"s{n}.txt", LongBrief($"Story {n}", Words(n), 256 * 1024)));
        }

        using var connection = _db.Database.Open();
        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(5));
        var started = DateTime.UtcNow;

        Assert.ThrowsAny<OperationCanceledException>(() =>
            _db.SearchIndex.Search(connection, StorySearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 16).Select(i => $"w{i}*"))), 20, 0, soon.Token));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
        Assert.Single(_db.SearchIndex.Search(connection, StorySearchQuery.Parse("story 7"), 20, 0).Items, i => i.Headline == "Story 7");
    }

    private (List<StoryListItem> Items, long Total) Search(string words)
    {
        using var connection = _db.Database.Open();
        return _db.SearchIndex.Search(connection, StorySearchQuery.Parse(words), 20, 0);
    }

    private void Import(string path) => Assert.NotEqual(StoreOutcome.Unchanged, _importer.ImportFile(path).Outcome);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_db.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Repeated(string word) => string.Join(", ", Enumerable.Repeat(word, 60)) + ".";

    // Many different words, so the story's tsvector is large.
    private static string Words(int seed) =>
        string.Join(' ', Enumerable.Range(0, 400).Select(i => $"w{(i * 7919 + seed) % 100_000}")) + ".";

    private static string LongBrief(string headline, string paragraph, int bytes, string ending = "", string dek = "A dek about the story",
        string tag = "🏛️Local Government")
    {
        var sb = new StringBuilder("2020-01-01\n\n").Append(headline).Append("\n\n").Append(dek).Append("\n\n").Append(paragraph).Append("\n\n");
        while (sb.Length < bytes)
        {
            sb.Append(paragraph).Append("\n\n");
        }

        return sb.Append(ending).Append("\n\n").Append(tag).Append('\n').ToString();
    }
}

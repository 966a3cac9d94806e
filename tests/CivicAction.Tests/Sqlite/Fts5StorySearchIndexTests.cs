using System.Text;
using CivicAction.Tests.Support;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Sqlite;
using Dapper;

namespace CivicAction.Tests.Sqlite;

/// <summary>
/// Search over a real SQLite file: matching and ranking over the whole text, snippets from a bounded copy of each
/// story, so that a story with tens of thousands of hits costs what an ordinary one does.
/// </summary>
public sealed class Fts5StorySearchIndexTests : IDisposable
{
    private const string Mark = "\uE000";

    private readonly TempDatabase _db = new();
    private readonly Fts5StorySearchIndex _index = new();
    private readonly BriefImporter _importer;

    public Fts5StorySearchIndexTests() => _importer = new BriefImporter(new StoryWriter(_db.Database, _index));

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
        Assert.Null(story.Snippet); // the hit lies beyond the bounded copy: the card shows the headline and dek
    }

    [Fact]
    public void EveryStorysSnippetCopy_IsABoundedStartOfItsSearchEntry_CutAfterAWholeWord()
    {
        Import(Fixtures.SeedBrief);
        foreach (var file in Directory.EnumerateFiles(Fixtures.BriefsFolder, "*.txt"))
        {
            Import(file);
        }

        Import(Write("culverts.txt", LongBrief("The culvert record", Repeated("Culvert"), 96 * 1024)));
        Import(Write("headline.txt", LongBrief(string.Join(' ', Enumerable.Repeat("Headline", 100)), "A short text.", 0)));
        Import(Write("dek.txt", LongBrief("A long dek", "A short text.", 0, dek: string.Join(' ', Enumerable.Repeat("Dek", 300)))));
        Import(Write("oneword.txt", LongBrief("One long word", new string('x', 5000), 0)));

        using var connection = _db.Database.Open();
        var entries = connection.Query<EntryAndCopy>("""
            SELECT e.rowid AS id, e.headline, e.dek, e.text, e.tags,
                   c.headline AS copy_headline, c.dek AS copy_dek, c.text AS copy_text, c.tags AS copy_tags
            FROM story_search e LEFT JOIN story_snippets c ON c.rowid = e.rowid
            """).AsList();

        Assert.Equal(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stories"), entries.Count);
        Assert.Equal(entries.Count, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM story_snippets"));
        foreach (var e in entries)
        {
            AssertBoundedStart(e.Headline, e.CopyHeadline, Fts5StorySearchIndex.SnippetHeadlineLength);
            AssertBoundedStart(e.Dek, e.CopyDek, Fts5StorySearchIndex.SnippetDekLength);
            AssertBoundedStart(e.Text, e.CopyText, Fts5StorySearchIndex.SnippetTextLength);
            AssertBoundedStart(e.Tags, e.CopyTags, Fts5StorySearchIndex.SnippetHeadlineLength);
        }

        // A long text is cut close to the limit, not far before it.
        Assert.Contains(entries, e => e.Text.Length > 50_000 && e.CopyText!.Length > Fts5StorySearchIndex.SnippetTextLength - 20);
    }

    [Fact]
    public void AChangedStory_ReplacesItsSnippetCopy()
    {
        var path = Write("changing.txt", LongBrief("A changing story", "The first version speaks of ferries.", 0));
        Import(path);
        File.WriteAllText(path, LongBrief("A changing story", "The second version speaks of tunnels.", 0));
        Import(path);

        using var connection = _db.Database.Open();
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM story_snippets"));
        Assert.Equal(0, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM story_snippets WHERE story_snippets MATCH 'ferries'"));
        Assert.Contains(Mark + "tunnels", Assert.Single(Search("tunnels").Items).Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void TheMigration_GivesStoriesImportedBeforeIt_TheCopyAnImportWrites()
    {
        Import(Fixtures.SeedBrief);
        Import(Write("culverts.txt", LongBrief("The culvert record", Repeated("Culvert"), 96 * 1024)));
        Import(Write("headline.txt", LongBrief(string.Join(' ', Enumerable.Repeat("Headline", 100)), "A short text.", 0)));
        Import(Write("dek.txt", LongBrief("A long dek", "A short text.", 0, dek: string.Join(' ', Enumerable.Repeat("Dek", 300)))));
        // Characters outside the BMP count once in SQLite and twice in a .NET string: the cut must agree.
        Import(Write("emoji.txt", LongBrief("Floods", "🌊 Flood 🌊🌊 water, café é 🌊", 9000)));
        Import(Write("oneword.txt", LongBrief("One long word", new string('x', 5000), 0)));
        const string copies = "SELECT rowid AS id, headline, dek, text, tags FROM story_snippets ORDER BY rowid";
        List<Entry> written;
        using (var connection = _db.Database.Open())
        {
            written = connection.Query<Entry>(copies).AsList();
            // The database as it was before 0012: stories and their search entries, no copies.
            connection.Execute("""
                DROP TABLE story_snippets;
                DELETE FROM schema_migrations WHERE version = 12;
                """);
        }

        var ran = new Migrator(_db.Database).Migrate();

        Assert.Contains("0012_story_snippets.sql", ran);
        using var after = _db.Database.Open();
        var backfilled = after.Query<Entry>(copies).AsList();
        Assert.Equal(6, written.Count);
        Assert.Equal(written.Count, backfilled.Count);
        foreach (var (imported, migrated) in written.Zip(backfilled))
        {
            Assert.Equal(imported.Headline, migrated.Headline);
            Assert.Equal(imported.Dek, migrated.Dek);
            Assert.Equal(imported.Text, migrated.Text);
            Assert.Equal(imported.Tags, migrated.Tags);
        }
    }

    [Fact]
    public void RanksByTheFullEntry_AsFts5sOwnBm25Does()
    {
        Import(Fixtures.SeedBrief);
        Import(Write("culverts.txt", LongBrief("Prison culverts", Repeated("Culvert"), 96 * 1024, ending: "The prison again.")));
        for (var n = 0; n < 5; n++)
        {
            Import(Write($"p{n}.txt", LongBrief($"Story {n} on the county", string.Join(' ', Enumerable.Repeat("prison", n + 1)) + " board.", 0)));
        }

        var query = StorySearchQuery.Parse("prison");
        using var connection = _db.Database.Open();
        var expected = connection.Query<long>(
            "SELECT rowid FROM story_search WHERE story_search MATCH @match ORDER BY rank",
            new { match = Fts5StorySearchIndex.MatchExpression(query) }).AsList();

        Assert.Equal(7, expected.Count);
        Assert.Equal(expected, _index.Search(connection, query, 20, 0).Items.Select(i => i.Id).ToList());
    }

    [Fact]
    public void StoriesWithinTheBound_KeepTheSnippetsOfTheFullEntry()
    {
        foreach (var file in Directory.EnumerateFiles(Fixtures.BriefsFolder, "*.txt"))
        {
            Import(file);
        }

        using var connection = _db.Database.Open();
        foreach (var words in new[] { "senate vote", "land*", "paragraph", "\"federal land\"", "committee OR bill" })
        {
            var query = StorySearchQuery.Parse(words);
            var full = connection.Query<(long Id, string Snippet)>(
                "SELECT rowid, CAST(snippet(story_search, -1, char(57344), char(57345), '…', 24) AS TEXT) FROM story_search WHERE story_search MATCH @match",
                new { match = Fts5StorySearchIndex.MatchExpression(query) }).ToDictionary(r => r.Id, r => r.Snippet);
            var items = _index.Search(connection, query, 20, 0).Items;

            Assert.NotEmpty(items);
            Assert.All(items, i => Assert.Equal(full[i.Id], i.Snippet));
        }
    }

    [Fact]
    public void ACancelledSearch_DoesNoWork()
    {
        Import(Fixtures.SeedBrief);
        using var connection = _db.Database.Open();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            _index.Search(connection, StorySearchQuery.Parse("prison"), 20, 0, new CancellationToken(canceled: true)));
        Assert.Single(_index.Search(connection, StorySearchQuery.Parse("prison"), 20, 0).Items); // the connection still works
    }

    [Theory]
    [InlineData("hello world", 8, "hello")]
    [InlineData("hello world", 5, "hello")]
    [InlineData("hello wo", 8, "hello wo")]
    [InlineData("hello  \n world", 9, "hello")]
    [InlineData("aaaaaaaaaaaa", 8, "aaaaaaaa")]
    [InlineData("🌊🌊🌊🌊 x", 4, "🌊🌊🌊🌊")]
    [InlineData("🌊🌊🌊🌊🌊", 4, "🌊🌊🌊🌊")]
    [InlineData("ab cd ef gh ij", 8, "ab cd ef")]
    public void TheCopy_IsCutAfterTheLastWholeWord_CountingCharactersAsSqliteDoes(string value, int limit, string expected) =>
        Assert.Equal(expected, Fts5StorySearchIndex.Bounded(value, limit));

    private static void AssertBoundedStart(string entry, string? copy, int limit)
    {
        Assert.NotNull(copy);
        Assert.True(copy.Length <= limit, $"a copy of {copy.Length} characters, over {limit}");
        Assert.StartsWith(copy, entry, StringComparison.Ordinal);
        if (entry.Length <= limit)
        {
            Assert.Equal(entry, copy);
            return;
        }

        Assert.NotEmpty(copy);
        var cutAtABlank = char.IsWhiteSpace(entry[copy.Length]) && !char.IsWhiteSpace(copy[^1]);
        var noBlankToCutAt = copy.Length == limit && !entry[..(limit + 1)].Any(char.IsWhiteSpace);
        Assert.True(cutAtABlank || noBlankToCutAt, $"cut inside a word: …{copy[^Math.Min(20, copy.Length)..]}|{entry[copy.Length..(copy.Length + 1)]}");
    }

    private (List<StoryListItem> Items, long Total) Search(string words)
    {
        using var connection = _db.Database.Open();
        return _index.Search(connection, StorySearchQuery.Parse(words), 20, 0);
    }

    private void Import(string path) => Assert.NotEqual(StoreOutcome.Unchanged, _importer.ImportFile(path).Outcome);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_db.Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>One sentence of sixty times the same word: a hit every nine characters.</summary>
    private static string Repeated(string word) => string.Join(", ", Enumerable.Repeat(word, 60)) + ".";

    /// <summary>A brief whose text repeats <paramref name="paragraph"/> until it has about <paramref name="bytes"/>.</summary>
    private static string LongBrief(string headline, string paragraph, int bytes, string ending = "", string dek = "A dek about the story")
    {
        var sb = new StringBuilder("2020-01-01\n\n").Append(headline).Append("\n\n").Append(dek).Append("\n\n").Append(paragraph).Append("\n\n");
        while (sb.Length < bytes)
        {
            sb.Append(paragraph).Append("\n\n");
        }

        return sb.Append(ending).Append("\n\n🏛️Local Government\n").ToString();
    }

    private sealed record Entry(long Id, string Headline, string Dek, string Text, string Tags);

    private sealed class EntryAndCopy
    {
        public long Id { get; init; }

        public string Headline { get; init; } = "";

        public string Dek { get; init; } = "";

        public string Text { get; init; } = "";

        public string Tags { get; init; } = "";

        public string? CopyHeadline { get; init; }

        public string? CopyDek { get; init; }

        public string? CopyText { get; init; }

        public string? CopyTags { get; init; }
    }
}

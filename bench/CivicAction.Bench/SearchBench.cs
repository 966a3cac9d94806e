using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace CivicAction.Bench;

/// <summary>
/// The worst case of search: one story with thousands of hits of one word (a 96 KB story, and a 1 MB one), among
/// ordinary generated stories. Each is searched through the store, as the search page does, and the median time of
/// one search is printed.
/// </summary>
public static class SearchBench
{
    /// <summary>The word of the 96 KB story; each worst-case story has its own, so a search finds that story only.</summary>
    public const string MediumWord = "levee";

    /// <summary>The word of the 1 MB story.</summary>
    public const string LargeWord = "culvert";

    public static void Run(string seedPath, int rounds)
    {
        var folder = Directory.CreateTempSubdirectory("civicaction-bench-search-").FullName;
        try
        {
            var seed = File.ReadAllText(seedPath);
            var files = new List<string>();
            for (var n = 0; n < 200; n++)
            {
                files.Add(Write(folder, $"{n:D6}.txt", BriefGenerator.Generate(seed, n)));
            }

            files.AddRange(WriteWorstCases(folder));
            DapperSetup.Configure();
            var database = new SqliteDatabase(Path.Combine(folder, "search.db"));
            new Migrator(database).Migrate();
            var results = new BriefImporter(new StoryWriter(database, new Fts5StorySearchIndex())).ImportAll(files);
            if (results.Any(r => r.Outcome != StoreOutcome.Added))
            {
                throw new InvalidOperationException("every brief should be added");
            }

            var store = new StoryStore(database, new Fts5StorySearchIndex(), Options.Create(new SearchOptions()));
            Report(store, "96 KB story", MediumWord, rounds);
            Report(store, "1 MB story", LargeWord, rounds);
            Report(store, "ordinary", "wildfire housing", rounds);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Writes the two worst-case briefs into <paramref name="folder"/> (for bench/web.sh too).</summary>
    public static IReadOnlyList<string> WriteWorstCases(string folder)
    {
        Directory.CreateDirectory(folder);
        return
        [
            Write(folder, "worst_96k.txt", WorstCase(new DateOnly(2020, 1, 2), MediumWord, 96 * 1024)),
            Write(folder, "worst_1m.txt", WorstCase(new DateOnly(2020, 1, 1), LargeWord, 1024 * 1024)),
        ];
    }

    /// <summary>
    /// A story of about <paramref name="bytes"/> bytes whose paragraphs repeat <paramref name="word"/>: a hit every
    /// nine characters. Old dates keep these stories off the first pages of the site.
    /// </summary>
    private static string WorstCase(DateOnly published, string word, int bytes)
    {
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word);
        var sb = new StringBuilder()
            .Append(published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("\n\n")
            .Append($"The {word} record, told at length\n\n")
            .Append($"A very long story in which one word comes back thousands of times.\n\n");
        var paragraph = string.Join(", ", Enumerable.Repeat(title, 60)) + ".";
        while (sb.Length < bytes)
        {
            sb.Append(paragraph).Append("\n\n");
        }

        return sb.Append("🏛️Local Government\n").ToString();
    }

    private static void Report(StoryStore store, string label, string words, int rounds)
    {
        var query = StorySearchQuery.Parse(words);
        var found = store.Search(query, 1); // a warm-up, and the check that it finds what it should
        if (found.Total == 0)
        {
            throw new InvalidOperationException($"\"{words}\" finds nothing");
        }

        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            store.Search(query, 1);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        var median = times.Order().ElementAt(times.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"search: {label,-12} \"{words}\": median {median:F2} ms per search, {found.Total} matches (rounds: {string.Join(", ", times.Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))} ms)"));
    }

    private static string Write(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}

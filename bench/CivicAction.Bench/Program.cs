using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivicAction.Bench;
using CivicAction.Core.Briefs;
using Microsoft.Data.Sqlite;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Sqlite;

// Parse throughput on one thread, then 10,000 generated briefs imported into a fresh database.
// Prints the median of several rounds: shared machines are noisy, medians are what to quote.
// "generate FOLDER COUNT [SEED_FILE]" only writes the generated briefs (for bench/web.sh).
if (args is ["generate", var target, var howMany, ..])
{
    var seedFile = args.Length > 3 ? args[3] : Path.Combine("seeds", "000_e854b459b944895b.txt");
    var seedText = File.ReadAllText(seedFile);
    Directory.CreateDirectory(target);
    for (var n = 0; n < int.Parse(howMany, CultureInfo.InvariantCulture); n++)
    {
        File.WriteAllText(Path.Combine(target, $"{n:D6}.txt"), BriefGenerator.Generate(seedText, n));
    }

    return;
}

// "worst FOLDER" writes the two worst-case briefs of the search benchmark (for bench/web.sh).
if (args is ["worst", var worstFolder, ..])
{
    SearchBench.WriteWorstCases(worstFolder);
    return;
}

// "search [ROUNDS] [SEED_FILE]": the median time of one search for a story with thousands of hits of one word.
if (args is ["search", ..])
{
    var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 15;
    SearchBench.Run(args.Length > 2 ? args[2] : Path.Combine("seeds", "000_e854b459b944895b.txt"), rounds);
    return;
}

var seedPath = args.Length > 0 ? args[0] : Path.Combine("seeds", "000_e854b459b944895b.txt");
var count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
const int Rounds = 5;
var seed = File.ReadAllText(seedPath);
var briefs = Enumerable.Range(0, count).Select(n => Encoding.UTF8.GetBytes(BriefGenerator.Generate(seed, n))).ToList();
Console.WriteLine($"{count} generated briefs, {briefs.Sum(b => b.Length) / count} bytes each on average");

foreach (var bytes in briefs.Take(200))
{
    if (!BriefParser.Parse("warmup.txt", bytes).IsSuccess)
    {
        throw new InvalidOperationException("a generated brief does not parse");
    }
}

var parseRates = new List<double>();
for (var round = -1; round < Rounds; round++)
{
    var watch = Stopwatch.StartNew();
    foreach (var bytes in briefs)
    {
        BriefParser.Parse("bench.txt", bytes);
    }

    if (round >= 0)
    {
        parseRates.Add(count / watch.Elapsed.TotalSeconds); // round -1 warms the JIT up
    }
}

Console.WriteLine($"parse:  median {Median(parseRates):N0} briefs/s on one thread (rounds: {string.Join(", ", parseRates.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))})");

var folder = Directory.CreateTempSubdirectory("civicaction-bench-").FullName;
try
{
    var files = new List<string>();
    for (var n = 0; n < count; n++)
    {
        var path = Path.Combine(folder, $"{n:D6}.txt");
        File.WriteAllBytes(path, briefs[n]);
        files.Add(path);
    }

    DapperSetup.Configure();
    var importSeconds = new List<double>();
    for (var round = 0; round < Rounds; round++)
    {
        var dbPath = Path.Combine(folder, $"round{round}.db");
        var watch = Stopwatch.StartNew();
        var database = new SqliteDatabase(dbPath);
        new Migrator(database).Migrate();
        var results = new BriefImporter(new StoryWriter(database, new Fts5StorySearchIndex())).ImportAll(files);
        watch.Stop();
        if (results.Any(r => r.Outcome != StoreOutcome.Added))
        {
            throw new InvalidOperationException("every generated brief should be added");
        }

        importSeconds.Add(watch.Elapsed.TotalSeconds);
    }

    Console.WriteLine($"import: median {Median(importSeconds):F2} s for {count} briefs into a fresh database, {count / Median(importSeconds):N0} briefs/s (rounds: {string.Join(", ", importSeconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))} s)");

    // The reference data of Congress, when the shared data is beside the repository (as the tests read it).
    var zccd = Environment.GetEnvironmentVariable("CIVICACTION_REFERENCE_DATA") is { Length: > 0 } data
        ? Path.Combine(data, "zip-districts", "zccd.csv")
        : Path.Combine("..", "shared", "data", "zip-districts", "zccd.csv");
    if (File.Exists(zccd))
    {
        var zipSeconds = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var database = new SqliteDatabase(Path.Combine(folder, $"zip{round}.db"));
            new Migrator(database).Migrate();
            var watch = Stopwatch.StartNew();
            var result = new CongressImporter(database).ImportZipDistricts(zccd);
            watch.Stop();
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException($"zccd.csv was rejected: {result.Error}");
            }

            zipSeconds.Add(watch.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"zips:   median {Median(zipSeconds):F2} s to replace the ZIP-to-district table from {zccd} (rounds: {string.Join(", ", zipSeconds.Select(s => s.ToString("F2", CultureInfo.InvariantCulture)))} s)");
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

using CivicAction.Tests.Support;
using CivicAction.Web;
using CivicAction.Web.Platform.CommandLine;

namespace CivicAction.Tests.Features.Stories;

/// <summary>Story pages are served from memory, and an import (even from another process) drops them.</summary>
public sealed class OutputCacheTests : IDisposable
{
    private const string SeedSlug = "doj-admits-dhs-secretary-noem-personally-decided-to-deport";
    private readonly string _seeds = Directory.CreateTempSubdirectory("civicaction-cache-seeds-").FullName;
    private readonly CacheFactory _factory;

    public OutputCacheTests()
    {
        File.Copy(Fixtures.SeedBrief, Path.Combine(_seeds, "seed.txt"));
        _factory = new CacheFactory(_seeds);
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_seeds, recursive: true);
    }

    [Fact]
    public async Task StoryPage_IsCached_ThenRefreshedAfterTheImportCommandChangesIt()
    {
        var client = _factory.CreateClient();
        var url = new Uri($"/stories/{SeedSlug}", UriKind.Relative);
        await client.GetAsync(url);
        var cached = await client.GetAsync(url);
        Assert.True(cached.Headers.Age.HasValue, "the second response should come from the output cache");

        // The operator re-imports a corrected brief with the command line, as another process would.
        var path = Path.Combine(_seeds, "seed.txt");
        File.WriteAllText(path, File.ReadAllText(path).Replace("DOJ admits", "Justice Department admits", StringComparison.Ordinal));
        var exit = new CommandLineApp(TextWriter.Null, TextWriter.Null, interactive: false)
            .Run(Invocation.Parse(["import", path, "--db", _factory.DatabasePath]));
        Assert.Equal(0, exit);

        var headline = "";
        await Poll.UntilAsync(async () =>
        {
            headline = (await client.GetPageAsync(url.ToString())).Document.QuerySelector("h1")!.TextContent;
            return headline.StartsWith("Justice Department", StringComparison.Ordinal);
        }, what: () => $"the cached page still says '{headline}'");

        Assert.StartsWith("Justice Department admits", headline, StringComparison.Ordinal);
    }

    private sealed class CacheFactory(string seeds) : AppFactory(seeds);
}

using System.Net;
using CivicAction.Tests.Support;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Postgres;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CivicAction.Tests.Postgres;

/// <summary>Two instances of the app on one PostgreSQL database, as behind a load balancer.</summary>
public sealed class SharedInstancesTests : IDisposable
{
    private readonly string _connectionString = PostgresServer.CreateDatabase();
    private readonly List<string> _folders = [];

    public void Dispose()
    {
        PostgresServer.DropDatabase(_connectionString);
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AFormOpenedOnOneInstance_SavesOnAnother_WithTheKeyRingInTheDatabase()
    {
        const string draft = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia";
        using var first = Instance();
        using var second = Instance();
        var response = await first.CreateClient().GetAsync(new Uri(draft, UriKind.Relative));
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var page = await HtmlClient.ParseAsync(response);
        var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        other.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));

        var saved = await other.SubmitAsync(draft, page, "#foia-form", new Dictionary<string, string?>
        {
            ["Form.FullName"] = "Ann Example",
            ["Form.Email"] = "ann@example.test",
            ["Form.PostalAddress"] = "12 Main Street\nSpringfield, IL 62701",
        }, "button[formaction*='Save']");

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.StartsWith("/requests/", saved.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var database = new PostgresDatabase(_connectionString);
        using var connection = database.Open();
        Assert.Equal(1, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM data_protection_keys")); // one ring, made once
        Assert.All(_folders, f => Assert.False(Directory.Exists(Path.Combine(f, "keys"))));
    }

    [Fact]
    public async Task AnImportThroughOneInstance_ReachesTheOthersCachedPages_WithinSeconds()
    {
        using var first = Instance();
        using var second = Instance();
        var reader = second.CreateClient();
        var before = await reader.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(before, await reader.GetStringAsync(new Uri("/", UriKind.Relative))); // served from its cache
        var brief = Path.Combine(_folders[0], "late.txt");
        File.WriteAllText(brief, "2026-11-30\n\nCounty opens late-night reading rooms\n\nA dek for the late story\n\nThe board voted.\n\n📚Libraries\n");

        var imported = first.Services.GetRequiredService<BriefImporter>().ImportFile(brief);

        Assert.Null(imported.Error);
        Assert.DoesNotContain("late-night reading rooms", before, StringComparison.Ordinal);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Poll.UntilAsync(
            async () => (await reader.GetStringAsync(new Uri("/", UriKind.Relative))).Contains("late-night reading rooms", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10), () => "the other instance still serves its cached home page without the imported story");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"seen after {clock.Elapsed}");
    }

    /// <summary>An instance with a folder of its own (where SQLite's key ring would go) and the shared database.</summary>
    private Instance Instance()
    {
        var folder = Directory.CreateTempSubdirectory("civicaction-instance-").FullName;
        _folders.Add(folder);
        return new Instance(folder, _connectionString);
    }
}

internal sealed class Instance(string folder, string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "PostgreSQL");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Database:Path", Path.Combine(folder, "unused.db"));
        builder.UseSetting("Seeds:Path", Fixtures.SeedsFolder);
        builder.UseSetting("ReferenceData:SnapshotPath", "");
    }
}

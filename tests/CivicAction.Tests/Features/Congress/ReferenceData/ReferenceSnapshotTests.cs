using CivicAction.Tests.Features.Congress.Lookup;
using CivicAction.Tests.Support;
using CivicAction.Web.Features.Congress.ReferenceData;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using CivicAction.Web.Platform.Database;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.ReferenceData;

/// <summary>
/// A fresh install imports the reference data shipped with the app, as it imports the seed briefs: real members for
/// a ZIP out of the box, dated by the upstream snapshot, and never replacing data an operator imported.
/// </summary>
public sealed class ReferenceSnapshotTests
{
    /// <summary>A fresh install of its own (its own database) with the shipped snapshot on, as outside the tests.</summary>
    private static WebApplicationFactory<Program> FreshInstall(AppFactory factory) =>
        factory.WithWebHostBuilder(b => b.UseSetting("ReferenceData:SnapshotPath", ReferenceSnapshotOptions.Shipped));

    [Fact]
    public async Task AFreshDatabase_ListsGeorgia14sThreeMembers_ForZip30165()
    {
        using var factory = new AppFactory();
        using var app = FreshInstall(factory);
        using var client = app.CreateClient();

        var (_, page) = await client.GetPageAsync($"{SeedPage}?zip=30165");
        var (_, georgia) = await client.SubmitForPageAsync(page.Form("section.candidates form"), SeedPage, [("seat", "GA-14")]);

        var members = CongressLookupPageTests.Members(georgia);
        Assert.Equal(3, members.Count);
        Assert.Equal(["Senator Jon Ossoff", "Senator Raphael G. Warnock"], members.Take(2));
        Assert.Contains("Fuller", members[2], StringComparison.Ordinal);
        Assert.Contains("data as of June 15, 2026", georgia.QuerySelector(".data-as-of")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AFreshDatabase_ImportsTheShippedContactForms_DatedByTheUpstreamCommit()
    {
        using var factory = new AppFactory();
        using var app = FreshInstall(factory);
        using var client = app.CreateClient(); // starts the app, and with it the first-run import

        using var connection = app.Services.GetRequiredService<IDatabase>().Open();
        Assert.Equal(275, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM contact_forms"));
        Assert.Equal("2026-08-13", connection.ExecuteScalar<string>("SELECT as_of FROM reference_data WHERE dataset = 'contactforms'"));
        Assert.Equal("2024-02-23", connection.ExecuteScalar<string>("SELECT last_changed FROM contact_forms WHERE bioguide_id = 'M001111'"));
    }

    [Theory]
    [InlineData("2026-07-15", false)] // 30 days after the snapshot's date
    [InlineData("2026-07-16", true)]
    public async Task MembersOlderThanThirtyDays_AreSaidToBeOutOfDate(string today, bool warned)
    {
        using var factory = new AppFactory();
        var clock = new ManualClock(DateTimeOffset.Parse(today + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var app = FreshInstall(factory).WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = app.CreateClient();

        var (_, page) = await client.GetPageAsync($"{SeedPage}?zip=05401");

        Assert.Equal(warned, page.QuerySelector(".data-as-of .stale") is not null);
        Assert.DoesNotContain(".yaml", page.QuerySelector(".data-as-of")!.TextContent, StringComparison.Ordinal); // the project, not its files
    }

    [Fact]
    public void TheShippedManifest_NamesFilesThatExist_WithTheirUpstreamDates()
    {
        var snapshot = ReferenceSnapshot.Read(ReferenceSnapshotOptions.Shipped);

        Assert.True(File.Exists(snapshot.Legislators.Members));
        Assert.True(File.Exists(snapshot.Legislators.Offices));
        Assert.True(File.Exists(snapshot.ZipDistricts));
        Assert.Equal(new DateOnly(2026, 6, 15), snapshot.LegislatorsAsOf);
        Assert.Equal(new DateOnly(2024, 11, 12), snapshot.ZipDistrictsAsOf);
        Assert.Equal(new DateOnly(2026, 8, 13), snapshot.ContactForms!.Value.AsOf);
        Assert.Equal(524, snapshot.ContactForms.Value.Files.Descriptions().Count);
        Assert.True(File.Exists(snapshot.ContactForms.Value.Files.LastChanged));
        Assert.True(File.Exists(Path.Combine(ReferenceSnapshotOptions.Shipped, "contact-congress", "LICENSE")));
    }

    [Fact]
    public async Task AnImportedDataset_IsNeverReplacedByTheSnapshot()
    {
        using var factory = new AppFactory();
        using var app = FreshInstall(factory);
        var database = app.Services.GetRequiredService<IDatabase>();
        using (var connection = database.OpenForWriting())
        {
            connection.Execute("UPDATE reference_data SET as_of = '2026-11-30' WHERE dataset = 'legislators'");
        }

        var importer = new ReferenceSnapshotImport(database, app.Services.GetRequiredService<CongressImporter>(),
            Microsoft.Extensions.Options.Options.Create(new ReferenceSnapshotOptions()),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ReferenceSnapshotImport>.Instance);
        await importer.StartAsync(CancellationToken.None);

        using var read = database.Open();
        Assert.Equal("2026-11-30", read.ExecuteScalar<string>("SELECT as_of FROM reference_data WHERE dataset = 'legislators'"));
    }
}

using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Postgres;
using CivicAction.Tests.Support;
using CivicAction.Web;
using CivicAction.Web.Platform.CommandLine;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CivicAction.Tests;

/// <summary>
/// <c>copy-database</c> as an operator runs it: a SQLite site with stories, a FOIA request sent for confirmation (its
/// outbox messages) and the Congress reference data, copied into an empty PostgreSQL database, then served from there.
/// </summary>
public sealed partial class CopyDatabaseCommandTests : IDisposable
{
    private const string StoryPage = "/stories/senate-committee-schedules-vote-on-public-lands-sale";

    private readonly string _target = PostgresServer.CreateDatabase();
    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-copy-").FullName;

    public void Dispose()
    {
        PostgresServer.DropDatabase(_target);
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ASqliteSite_CopiedIntoPostgres_ServesTheSameStoryAndRequestPages_AndKeepsCounting()
    {
        var (file, requestUrl, storyBefore, requestBefore) = await SqliteSiteAsync();

        var (exit, output, errors) = Run("copy-database", file, "--to", _target);

        Assert.Equal((0, ""), (exit, errors));
        Assert.Matches(@"(?m)^stories\s+2$", output);
        Assert.Matches(@"(?m)^foia_requests\s+1$", output);
        Assert.Matches(@"(?m)^outbox_messages\s+[12]$", output);
        Assert.Matches(@"(?m)^congress_members\s+537$", output);
        Assert.Matches(@"(?m)^zip_districts\s+42033$", output);
        Assert.Contains("every count checked", output, StringComparison.Ordinal);
        using (var sqlite = new SqliteConnection($"Data Source={file}"))
        using (var postgres = new NpgsqlConnection(_target))
        {
            foreach (var table in new[] { "stories", "story_actions", "tags", "outbox_messages", "email_confirmations", "foia_requests", "congress_district_offices", "reference_data" })
            {
                Assert.Equal(sqlite.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}"), postgres.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}"));
            }

            Assert.Equal(
                sqlite.Query<string>("SELECT message_id FROM outbox_messages ORDER BY id").ToList(),
                postgres.Query<string>("SELECT message_id FROM outbox_messages ORDER BY id").ToList());
        }

        var folder = Directory.CreateTempSubdirectory("civicaction-instance-").FullName;
        using var app = new Instance(folder, _target);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(storyBefore, MainPart((await client.GetPageAsync(StoryPage)).Document));
        Assert.Equal(requestBefore, MainPart((await client.GetPageAsync(requestUrl)).Document));
        var (_, search) = await client.GetPageAsync("/search?q=public+lands");
        Assert.Contains(StoryPage, search.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal); // the index was rebuilt

        // The sequences were set past the copied ids: a new request is saved beside the old one, not over it.
        var (newUrl, _) = await client.SaveBlmRequestAsync();
        Assert.NotEqual(requestUrl, newUrl);
        using var check = new NpgsqlConnection(_target);
        Assert.Equal(2, check.ExecuteScalar<long>("SELECT COUNT(*) FROM foia_requests"));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task ADatabaseThatHoldsData_IsRefused_AndKeepsItsRows()
    {
        var (file, _, _, _) = await SqliteSiteAsync(withCongress: false);
        Assert.Equal(0, Run("copy-database", file, "--to", _target).Exit);

        var (exit, output, errors) = Run("copy-database", file, "--to", _target);

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("already holds data (", errors, StringComparison.Ordinal);
        Assert.Contains("stories: 2 rows", errors, StringComparison.Ordinal);
        Assert.Contains("copy-database fills only an empty database, so nothing was copied", errors, StringComparison.Ordinal);
        using var postgres = new NpgsqlConnection(_target);
        Assert.Equal(2, postgres.ExecuteScalar<long>("SELECT COUNT(*) FROM stories"));
        Assert.Equal(1, postgres.ExecuteScalar<long>("SELECT COUNT(*) FROM foia_requests"));
    }

    [Fact]
    public async Task AValueThatDoesNotRead_StopsTheCopy_AndLeavesThePostgresDatabaseEmpty()
    {
        var (file, _, _, _) = await SqliteSiteAsync(withCongress: false);
        using (var sqlite = new SqliteConnection($"Data Source={file}"))
        {
            // Stories come after the requests, the outbox and the counters, whose rows are then already written.
            sqlite.Execute("UPDATE stories SET published = 'last Tuesday'");
        }

        SqliteConnection.ClearAllPools();
        var (exit, _, errors) = Run("copy-database", file, "--to", _target);

        Assert.Equal(1, exit);
        Assert.Contains("stories.published: 'last Tuesday' is not a date value", errors, StringComparison.Ordinal);
        Assert.Contains("nothing was copied", errors, StringComparison.Ordinal);
        using var postgres = new NpgsqlConnection(_target);
        Assert.Equal(0, postgres.ExecuteScalar<long>("SELECT COUNT(*) FROM foia_requests"));
        Assert.Equal(0, postgres.ExecuteScalar<long>("SELECT COUNT(*) FROM outbox_messages"));
        Assert.Equal(0, postgres.ExecuteScalar<long>("SELECT version FROM data_versions WHERE name = 'stories'"));
    }

    [Fact]
    public void AMissingFileOrTarget_IsWrongUsage_SayingWhatIsExpected()
    {
        var missing = Path.Combine(_folder, "no-such.db");
        var existing = Path.Combine(_folder, "empty.db");
        File.WriteAllText(existing, "");

        var noFile = Run("copy-database", missing, "--to", _target);
        var noTarget = Run("copy-database", existing);

        Assert.Equal((2, $"copy-database: no SQLite file at '{missing}': give the file to copy, e.g. copy-database App_Data/civicaction.db"),
            (noFile.Exit, noFile.Err.Trim()));
        Assert.Equal(2, noTarget.Exit);
        Assert.StartsWith("copy-database: no PostgreSQL database to copy into: set Database:ConnectionString", noTarget.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(missing)); // not created by looking for it
    }

    /// <summary>
    /// A SQLite site: the delivery seeds' two stories, the Congress data imported by its verbs, and one FOIA request
    /// whose "send for me" was pressed (the letter held, the confirmation queued); what its story and request pages show.
    /// </summary>
    private async Task<(string File, string RequestUrl, string Story, string Request)> SqliteSiteAsync(bool withCongress = true)
    {
        var site = new DeliverySite();
        await site.InitializeAsync();
        if (withCongress)
        {
            Assert.Equal(0, Run("import-legislators", SharedData.LegislatorsFolder, "--db", site.DatabasePath).Exit);
            Assert.Equal(0, Run("import-zip-districts", SharedData.ZipDistrictsFolder, "--db", site.DatabasePath).Exit);
        }

        var client = site.CreateClient(new() { AllowAutoRedirect = false });
        var (url, page) = await client.SaveBlmRequestAsync();
        Assert.Equal(HttpStatusCode.SeeOther, (await client.SubmitAsync(url, page, "form[action$='/send']")).StatusCode);
        var story = MainPart((await client.GetPageAsync(StoryPage)).Document);
        var request = MainPart((await client.GetPageAsync(url)).Document);

        // The site's folder goes with it: its file is kept by SQLite's own backup, which reads one consistent state.
        var file = Path.Combine(_folder, "site.db");
        using (var live = new SqliteConnection($"Data Source={site.DatabasePath}"))
        using (var copy = new SqliteConnection($"Data Source={file}"))
        {
            live.Open();
            live.BackupDatabase(copy);
        }

        await ((IAsyncLifetime)site).DisposeAsync();
        return (file, url, story, request);
    }

    // The page's main part without its antiforgery tokens, which each response makes anew.
    private static string MainPart(IHtmlDocument page) =>
        Token().Replace(page.QuerySelector("main")!.OuterHtml, "");

    [GeneratedRegex("""<input name="__RequestVerificationToken"[^>]*>""")]
    private static partial Regex Token();

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = new CommandLineApp(output, errors, interactive: false).Run(Invocation.Parse(args));
        return (exit, output.ToString(), errors.ToString());
    }
}

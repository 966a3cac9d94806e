using System.Net;
using CivicAction.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CivicAction.Tests.Platform.Hosting;

/// <summary>A form opened before the app restarts can still be sent after it: no lost draft.</summary>
public sealed class RestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-restart-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task FormOpenedBeforeARestart_IsAcceptedAfterIt()
    {
        const string draft = "/stories/doj-admits-dhs-secretary-noem-personally-decided-to-deport/actions/1/foia";
        AngleSharp.Html.Dom.IHtmlDocument page;
        List<string> cookies;
        using (var before = new SameDatabase(_folder))
        {
            var client = before.CreateClient();
            var response = await client.GetAsync(new Uri(draft, UriKind.Relative));
            cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
            page = await HtmlClient.ParseAsync(response);
        }

        using var after = new SameDatabase(_folder);
        var restarted = after.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        restarted.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));

        var saved = await restarted.SubmitAsync(draft, page, "#foia-form", FoiaRequester(), "button[formaction*='Save']");

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.StartsWith("/requests/", saved.Headers.Location!.ToString(), StringComparison.Ordinal);
        // The key ring lives beside the database (not in a home folder a container may not have).
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_folder, "keys"), "key-*.xml"));
    }

    private static Dictionary<string, string?> FoiaRequester() => new()
    {
        ["Form.FullName"] = "Ann Example",
        ["Form.Email"] = "ann@example.test",
        ["Form.PostalAddress"] = "12 Main Street\nSpringfield, IL 62701",
    };

    private sealed class SameDatabase(string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Path", Path.Combine(folder, "restart.db"));
            builder.UseSetting("Seeds:Path", Fixtures.SeedsFolder);
        }
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CivicAction.BrowserTests.Support;

/// <summary>
/// The app served on a real port to a headless Chromium, seeded with the unit tests' brief that has one action of each
/// kind (its fifth is an e-mail to a state legislator). No mail and no reference data: a letter to an official needs neither.
/// </summary>
public sealed class OfficialLetterBrowserApp : IAsyncLifetime
{
    public const string Slug = "river-district-plans-to-lift-limits-on-farm-runoff";

    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-officials-browser-").FullName;
    private Factory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        var brief = Path.Combine(BrowserApp.RepositoryRoot(), "tests", "CivicAction.Tests", "Fixtures", "briefs", "every_kind_of_action.txt");
        File.Copy(brief, Path.Combine(seeds, Path.GetFileName(brief)));
        var port = BrowserApp.ClosedPort();
        _factory = new Factory(Path.Combine(_folder, "officials.db"), seeds);
        _factory.UseKestrel(port);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserApp.LaunchChromiumAsync(_playwright);
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class Factory(string databasePath, string seeds) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Path", databasePath);
            builder.UseSetting("Seeds:Path", seeds);
            builder.UseSetting("ReferenceData:SnapshotPath", "");
        }
    }
}

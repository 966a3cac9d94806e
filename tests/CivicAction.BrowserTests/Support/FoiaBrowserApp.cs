using CivicAction.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace CivicAction.BrowserTests.Support;

/// <summary>
/// The app with "send for me" switched on against a real SMTP server on loopback, served on a real
/// port to a headless Chromium; seeded with the repository's seed (a DHS portal request), a
/// synthetic brief whose agency takes e-mail, and the brief with one action of each kind.
/// </summary>
public class FoiaBrowserApp : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-foia-browser-").FullName;
    private readonly bool _onPostgres;
    private BrowserStore? _store;
    private Factory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public SmtpSink Smtp { get; private set; } = null!;

    public FoiaBrowserApp() : this(onPostgres: false)
    {
    }

    protected FoiaBrowserApp(bool onPostgres) => _onPostgres = onPostgres;

    /// <summary>Whether the journeys check each page with axe and keep a screenshot (once, on SQLite: markup does not depend on the store).</summary>
    public virtual bool ChecksMarkup => true;

    public async Task InitializeAsync()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        foreach (var brief in Directory.EnumerateFiles(Path.Combine(BrowserApp.RepositoryRoot(), "seeds"), "*.txt")
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "briefs"), "*.txt"))
            .Append(Path.Combine(BrowserApp.RepositoryRoot(), "tests", "CivicAction.Tests", "Fixtures", "briefs", "every_kind_of_action.txt")))
        {
            File.Copy(brief, Path.Combine(seeds, Path.GetFileName(brief)));
        }

        Smtp = await SmtpSink.StartAsync();
        var port = BrowserApp.ClosedPort();
        _store = BrowserStore.Create(_folder, "foia.db", _onPostgres);
        _factory = new Factory(_store, seeds, Smtp.Port, port);
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

        await Smtp.DisposeAsync();
        _store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class Factory(BrowserStore store, string seeds, int smtpPort, int port) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            store.Configure(builder);
            builder.UseSetting("Seeds:Path", seeds);
            builder.UseSetting("Site:PublicUrl", $"http://localhost:{port}");
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:Security", "None");
            builder.UseSetting("Smtp:FromAddress", "noreply@civicaction.test");
            builder.UseSetting("Smtp:PollSeconds", "0.1");
        }
    }
}

/// <summary>The same server on PostgreSQL.</summary>
public sealed class PostgresFoiaBrowserApp() : FoiaBrowserApp(onPostgres: true)
{
    public override bool ChecksMarkup => false;
}

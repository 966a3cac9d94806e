using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Congress.ReferenceData.Files;

namespace CivicAction.BrowserTests.Support;

/// <summary>
/// One real server (Kestrel on a free loopback port, its own SQLite file, seeded with the
/// repository's seeds, the real legislators and ZIP data from shared/data imported before it
/// starts) and one headless Chromium, shared by the journeys of a collection. The operator has
/// set up an address for Senator Ossoff's office, so "send for me" appears; its SMTP server is a
/// closed port, so letters wait and nothing leaves the machine.
/// Chromium is required: a missing browser fails the tests, it never skips them.
/// </summary>
public class BrowserApp : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-browser-").FullName;
    private readonly bool _onPostgres;
    private Factory? _factory;
    private IPlaywright? _playwright;

    public BrowserApp() : this(onPostgres: false)
    {
    }

    protected BrowserApp(bool onPostgres) => _onPostgres = onPostgres;

    /// <summary>The server's database (a SQLite file, or a PostgreSQL database of its own).</summary>
    public BrowserStore Store { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "TestResults", "screenshots");

    /// <summary>The office with a configured address (Senator Jon Ossoff, GA).</summary>
    public const string ConfiguredOffice = "O000174";

    public async Task InitializeAsync()
    {
        Store = BrowserStore.Create(_folder, "browser.db", _onPostgres);
        ImportReferenceData(Store);
        // A port chosen first, so that the public address (the links in e-mails) is known before the app starts.
        var port = ClosedPort();
        _factory = new Factory(Store, Seeds(), port);
        _factory.UseKestrel(port);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;

        Directory.CreateDirectory(ScreenshotFolder);
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless, without the background traffic this closed network refuses.</summary>
    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: install it with 'apt-get install -y chromium' (tests/run.sh does this as root).");
        }

        Assertions.SetDefaultExpectTimeout(10_000);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
        });
        return await context.NewPageAsync();
    }

    public Task ScreenshotAsync(IPage page, string name) => SaveScreenshotAsync(page, name);

    public static async Task SaveScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryRoot(), "TestResults", "screenshots", name + ".png"), FullPage = true });

    /// <summary>
    /// The page as it is now, checked by axe in light and dark at desktop and phone widths, with a
    /// screenshot of each; it must not scroll sideways on the phone. Leaves it light and at desktop width.
    /// </summary>
    public virtual Task CheckPageAsync(IPage page, string name) => CheckAsync(page, name);

    /// <inheritdoc cref="CheckPageAsync"/>
    public static async Task CheckAsync(IPage page, string name)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            foreach (var (layout, width, height) in new[] { ("desktop", 1280, 900), ("phone", 360, 780) })
            {
                await page.SetViewportSizeAsync(width, height);
                await Accessibility.AssertNoViolationsAsync(page);
                await SaveScreenshotAsync(page, $"{name}-{layout}-{scheme.ToString().ToLowerInvariant()}");
                var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
                Assert.False(overflow, $"{page.Url} scrolls sideways at {width}px");
            }
        }

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        await page.SetViewportSizeAsync(1280, 900);
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

        Store?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Imports shared/data's legislators, ZIP table and contact forms, as the import verbs would, into the server's database.</summary>
    private static void ImportReferenceData(BrowserStore store)
    {
        var data = Environment.GetEnvironmentVariable("CIVICACTION_REFERENCE_DATA") is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data"));
        if (!Directory.Exists(data))
        {
            throw new InvalidOperationException($"the reference data is missing: expected {data} (or set CIVICACTION_REFERENCE_DATA)");
        }

        var database = store.Open();
        using var disposable = database as IDisposable;
        var importer = new CongressImporter(database);
        var files = LegislatorFiles.Find(Path.Combine(data, "congress-legislators"), out var error) ?? throw new InvalidOperationException(error);
        var legislators = importer.ImportLegislators(files, new DateOnly(2026, 6, 15));
        var zips = importer.ImportZipDistricts(Path.Combine(data, "zip-districts", "zccd.csv"), new DateOnly(2024, 11, 12));
        var forms = importer.ImportContactForms(ContactFormFiles.Find(Path.Combine(data, "contact-congress"), out error)
            ?? throw new InvalidOperationException(error), new DateOnly(2026, 8, 13));
        if (!legislators.IsSuccess || !zips.IsSuccess || !forms.IsSuccess)
        {
            throw new InvalidOperationException($"the shared data was rejected: {legislators.Error} {zips.Error} {forms.Error}");
        }
    }

    /// <summary>The repository's seeds and the test briefs in Fixtures/seeds (one action of each kind), in one folder.</summary>
    private string Seeds()
    {
        var seeds = Directory.CreateDirectory(Path.Combine(_folder, "seeds")).FullName;
        foreach (var brief in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "seeds"), "*.txt")
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds"), "*.txt")))
        {
            File.Copy(brief, Path.Combine(seeds, Path.GetFileName(brief)));
        }

        return seeds;
    }

    /// <summary>A loopback port that nothing listens on (just now).</summary>
    public static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CivicAction.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CivicAction.sln not found above the test assembly");
    }

    private sealed class Factory(BrowserStore store, string seeds, int port) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            store.Configure(builder);
            builder.UseSetting("Seeds:Path", seeds);
            builder.UseSetting("Site:PublicUrl", $"http://localhost:{port}");
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:Security", "None");
            builder.UseSetting("Smtp:FromAddress", "letters@civicaction.test");
            builder.UseSetting($"CongressDelivery:Addresses:{ConfiguredOffice}", "ossoff-office@senate.test");
            builder.UseSetting("RateLimits:SendsPerWindow", "100");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}

/// <summary>
/// The same server on PostgreSQL. The pages' markup does not depend on the store, so their axe checks and
/// screenshots are left to the SQLite run: here the journeys check what the store does (search, drafts, the outbox).
/// </summary>
public sealed class PostgresBrowserApp() : BrowserApp(onPostgres: true)
{
    public override Task CheckPageAsync(IPage page, string name) => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class PostgresBrowserCollection : ICollectionFixture<PostgresBrowserApp>
{
    public const string Name = "browser-postgres";
}

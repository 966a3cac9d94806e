using CivicAction.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace CivicAction.BrowserTests.Support;

/// <summary>
/// The app as an operator registered with Communicating with Congress runs it, on a fresh database that imports the
/// shipped reference data on first run (as a new install does): a real SMTP server on loopback for the confirmation
/// e-mail, a stand-in CWC server on loopback, a real port, a headless Chromium.
/// </summary>
public sealed class CwcBrowserApp : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-cwc-browser-").FullName;
    private Factory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public SmtpSink Smtp { get; private set; } = null!;

    public CwcServer Cwc { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = await SmtpSink.StartAsync();
        Cwc = await CwcServer.StartAsync();
        var port = BrowserApp.ClosedPort();
        _factory = new Factory(Path.Combine(_folder, "cwc.db"), Path.Combine(BrowserApp.RepositoryRoot(), "seeds"), Smtp.Port, Cwc.Url, port);
        _factory.UseKestrel(port);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserApp.LaunchChromiumAsync(_playwright);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            TimezoneId = "America/Los_Angeles",
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

        await Cwc.DisposeAsync();
        await Smtp.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class Factory(string databasePath, string seeds, int smtpPort, string cwcUrl, int port) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Path", databasePath);
            builder.UseSetting("Seeds:Path", seeds);
            builder.UseSetting("Site:PublicUrl", $"http://localhost:{port}");
            builder.UseSetting("Smtp:Host", "127.0.0.1");
            builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Smtp:Security", "None");
            builder.UseSetting("Smtp:FromAddress", "letters@civicaction.test");
            builder.UseSetting("Smtp:PollSeconds", "0.1");
            builder.UseSetting("CongressDelivery:Cwc:Host", cwcUrl);
            builder.UseSetting("CongressDelivery:Cwc:ApiKey", CwcServer.ApiKey);
            builder.UseSetting("CongressDelivery:Cwc:DeliveryAgent", "CivicAction Test Agent");
            builder.UseSetting("CongressDelivery:Cwc:DeliveryAgentAckEmail", "cwc-acks@civicaction.test");
            builder.UseSetting("CongressDelivery:Cwc:DeliveryAgentContactName", "Jordan Operator");
            builder.UseSetting("CongressDelivery:Cwc:DeliveryAgentContactEmail", "operator@civicaction.test");
            builder.UseSetting("CongressDelivery:Cwc:DeliveryAgentContactPhone", "202-555-0143");
            builder.UseSetting("CongressDelivery:Cwc:CampaignId", "civicaction-browser");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CwcBrowserCollection : ICollectionFixture<CwcBrowserApp>
{
    public const string Name = "cwc-browser";
}

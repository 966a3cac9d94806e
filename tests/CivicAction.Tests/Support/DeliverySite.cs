using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using CivicAction.Web.Features.SendForMe.Outbox;

namespace CivicAction.Tests.Support;

/// <summary>
/// The app with "send for me" on: SMTP pointed at a real SMTP server on loopback, a fast outbox
/// poll, a log capture, and seeds with a DHS (portal) and a BLM (e-mail) FOIA action.
/// </summary>
public class DeliverySite : AppFactory, IAsyncLifetime
{
    public const int SendsPerWindow = 4;

    public DeliverySite() : this(onPostgres: false)
    {
    }

    protected DeliverySite(bool onPostgres) : base(PrepareSeeds(), onPostgres)
    {
    }

    /// <summary>The site's public address: the host of the links in its e-mails, and the test server's own.</summary>
    public const string PublicUrl = "http://localhost";

    public SmtpSink Smtp { get; private set; } = null!;

    public CapturedLog Log { get; } = new();

    public async Task InitializeAsync() => Smtp = await SmtpSink.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Smtp.DisposeAsync();
        Dispose();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:PublicUrl", PublicUrl);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", "None");
        builder.UseSetting("Smtp:FromAddress", "noreply@civicaction.test");
        builder.UseSetting("Smtp:PollSeconds", "0.1");
        builder.UseSetting("Smtp:TimeoutSeconds", "5");
        builder.UseSetting("RateLimits:SendsPerWindow", SendsPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
    }

    private static string PrepareSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("civicaction-delivery-seeds-").FullName;
        File.Copy(Fixtures.SeedBrief, Path.Combine(folder, Path.GetFileName(Fixtures.SeedBrief)));
        File.Copy(Fixtures.Brief("calls_nested_emoji.txt"), Path.Combine(folder, "calls_nested_emoji.txt"));
        return folder;
    }

    /// <summary>
    /// One step of the app's own outbox worker: true when it found a due message and tried it. A test proves that
    /// nothing is waiting to be sent by seeing this come back false, rather than by waiting and watching.
    /// </summary>
    public Task<bool> WorkTheOutboxOnceAsync() => Services.GetRequiredService<OutboxWorker>().ProcessNextAsync(CancellationToken.None);
}

/// <summary>The same site on its own database on the tests' PostgreSQL server.</summary>
public sealed class PostgresDeliverySite() : DeliverySite(onPostgres: true);

using CivicAction.Web.Platform.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace CivicAction.Tests.Support;

/// <summary>
/// The Congress site with "send for me" on: a real SMTP server on loopback, and an address the operator set up for
/// Senator Cantwell's office only. One per test (IAsyncLifetime), since tests count the rows they make.
/// </summary>
public sealed class SendingCongressSite(bool onPostgres = false) : IAsyncLifetime
{
    public const string CantwellOffice = "cantwell-office@senate.test";

    public SmtpSink Sink { get; private set; } = null!;

    public CongressSite Site { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        Site = CongressSite.With(new Dictionary<string, string?>(CongressSite.Smtp(Sink))
        {
            ["CongressDelivery:Addresses:C000127"] = CantwellOffice,
        }, onPostgres: onPostgres);
        Client = Site.CreateClient(new() { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Site.DisposeAsync();
        await Sink.DisposeAsync();
    }

    public long Count(string sql)
    {
        using var connection = Site.Services.GetRequiredService<IDatabase>().Open();
        return connection.ExecuteScalar<long>(sql);
    }
}

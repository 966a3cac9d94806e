using System.Globalization;

namespace CivicAction.Tests.Support;

/// <summary>
/// The Congress site delivering through Communicating with Congress: a real SMTP server on loopback for the
/// confirmation e-mail, a stand-in CWC server on loopback, a fast outbox, and a one-second CWC timeout.
/// One per test (IAsyncLifetime).
/// </summary>
public sealed class CwcCongressSite : IAsyncLifetime
{
    public SmtpSink Sink { get; private set; } = null!;

    public CwcServer Cwc { get; private set; } = null!;

    public CongressSite Site { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The operator's CWC settings for a server at <paramref name="host"/>.</summary>
    public static Dictionary<string, string?> Settings(string host) => new()
    {
        ["CongressDelivery:Cwc:Host"] = host,
        ["CongressDelivery:Cwc:ApiKey"] = CwcServer.ApiKey,
        ["CongressDelivery:Cwc:DeliveryAgent"] = "CivicAction Test Agent",
        ["CongressDelivery:Cwc:DeliveryAgentAckEmail"] = "cwc-acks@civicaction.test",
        ["CongressDelivery:Cwc:DeliveryAgentContactName"] = "Jordan Operator",
        ["CongressDelivery:Cwc:DeliveryAgentContactEmail"] = "operator@civicaction.test",
        ["CongressDelivery:Cwc:DeliveryAgentContactPhone"] = "202-555-0143",
        ["CongressDelivery:Cwc:CampaignId"] = "civicaction-tests",
        ["CongressDelivery:Cwc:TimeoutSeconds"] = "1",
    };

    public async Task InitializeAsync()
    {
        Sink = await SmtpSink.StartAsync();
        Cwc = await CwcServer.StartAsync();
        var settings = CongressSite.Smtp(Sink);
        foreach (var (key, value) in Settings(Cwc.Url))
        {
            settings[key] = value;
        }

        settings["Smtp:RetryBaseSeconds"] = 0.05.ToString(CultureInfo.InvariantCulture);
        Site = CongressSite.With(settings);
        Client = Site.CreateClient(new() { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Site.DisposeAsync();
        await Cwc.DisposeAsync();
        await Sink.DisposeAsync();
    }
}

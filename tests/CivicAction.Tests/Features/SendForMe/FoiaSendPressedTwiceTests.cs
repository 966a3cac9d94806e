using System.Net;
using CivicAction.Tests.Features.Foia;
using CivicAction.Tests.Support;
using CivicAction.Web.Features.Foia;
using CivicAction.Web.Platform.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace CivicAction.Tests.Features.SendForMe;

/// <summary>
/// "Send it for me" on a FOIA request queues one letter and one confirmation however the button is pressed: at once
/// from several tabs, or from a page read before another press went through.
/// </summary>
public sealed class FoiaSendPressedTwiceTests(DeliverySite site) : IClassFixture<DeliverySite>
{
    private const string Draft = "/stories/senate-committee-schedules-vote-on-public-lands-sale/actions/3/foia";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private long Count(string sql, object parameters)
    {
        using var connection = site.Services.GetRequiredService<IDatabase>().Open();
        return connection.ExecuteScalar<long>(sql, parameters);
    }

    private long Letters(string owner) =>
        Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'foia' AND owner_key = @owner", new { owner });

    private long Confirmations(string owner) =>
        Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'confirmation' AND owner_key = @owner", new { owner });

    private async Task<string> SaveRequestAsync()
    {
        var (_, form) = await _client.GetPageAsync(Draft);
        var changes = FoiaDraftPageTests.Requester;
        changes["Form.DateRangeFrom"] = "2024-01-01";
        changes["Form.ToPresent"] = "true";
        var saved = await _client.SubmitAsync(Draft, form, "#foia-form", changes, "button[formaction*='Save']");
        return saved.Headers.Location!.ToString().Split('?')[0];
    }

    [Fact]
    public async Task SimultaneousPresses_QueueOneLetterAndOneConfirmation()
    {
        var url = await SaveRequestAsync();
        var (_, page) = await _client.GetPageAsync(url);
        var token = url.Split('/')[^1];
        var owner = site.Services.GetRequiredService<FoiaRequestStore>().ByToken(token)!.Owner.Key;

        // As many presses as the send limit lets through, all in flight together.
        var presses = await Task.WhenAll(Enumerable.Range(0, DeliverySite.SendsPerWindow)
            .Select(_ => Task.Run(() => _client.SubmitAsync(url, page, "form[action$='/send']"))));

        Assert.All(presses, p => Assert.Equal(HttpStatusCode.SeeOther, p.StatusCode));
        Assert.Equal(1, Letters(owner));
        Assert.Equal(1, Confirmations(owner));
    }

    [Fact]
    public async Task AskingAgain_WithARecordReadBeforeTheFirstAsk_AddsNothing()
    {
        var token = (await SaveRequestAsync()).Split('/')[^1];
        var store = site.Services.GetRequiredService<FoiaRequestStore>();
        var stale = store.ByToken(token)!; // read by two requests before either asked

        Assert.True(store.RequestSending(stale, code => $"https://civicaction.test/confirm/{code}"));
        Assert.False(store.RequestSending(stale, code => $"https://civicaction.test/confirm/{code}"));

        Assert.Equal(1, Letters(stale.Owner.Key));
        Assert.Equal(1, Confirmations(stale.Owner.Key));
    }
}

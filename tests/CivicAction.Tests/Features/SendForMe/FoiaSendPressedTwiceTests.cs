using System.Net;
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

    [Fact]
    public async Task SimultaneousPresses_QueueOneLetterAndOneConfirmation()
    {
        var (url, page) = await _client.SaveBlmRequestAsync();
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
        var token = (await _client.SaveBlmRequestAsync()).Url.Split('/')[^1];
        var store = site.Services.GetRequiredService<FoiaRequestStore>();
        var stale = store.ByToken(token)!; // read by two requests before either asked

        Assert.True(store.RequestSending(stale, code => $"https://civicaction.test/confirm/{code}"));
        Assert.False(store.RequestSending(stale, code => $"https://civicaction.test/confirm/{code}"));

        Assert.Equal(1, Letters(stale.Owner.Key));
        Assert.Equal(1, Confirmations(stale.Owner.Key));
    }
}

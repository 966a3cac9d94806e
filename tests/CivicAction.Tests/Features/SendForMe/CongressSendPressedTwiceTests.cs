using System.Net;
using CivicAction.Tests.Support;
using CivicAction.Web.Platform.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.SendForMe;

/// <summary>
/// "Send for me" on letters to Congress: one send form, however often and however simultaneously it is posted, holds
/// one set of letters, asks for one confirmation and leads every press to the same private page.
/// </summary>
public sealed class CongressSendPressedTwiceTests : IAsyncLifetime
{
    private SmtpSink _sink = null!;
    private CongressSite _site = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _sink = await SmtpSink.StartAsync();
        _site = CongressSite.With(new Dictionary<string, string?>(CongressSite.Smtp(_sink))
        {
            ["CongressDelivery:Addresses:C000127"] = "cantwell-office@senate.test",
        });
        _client = _site.CreateClient(new() { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
        await _sink.DisposeAsync();
    }

    private long Count(string sql)
    {
        using var connection = _site.Services.GetRequiredService<IDatabase>().Open();
        return connection.ExecuteScalar<long>(sql);
    }

    [Fact]
    public async Task OneSendForm_PostedFourTimesAtOnce_HoldsOneSetOfLetters()
    {
        var letters = await _client.LettersAsync($"{SeedPage}?zip=98103");
        var form = letters.Form("section.send-for-me form");

        var presses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => _client.SubmitAsync(form, SeedPage, [("sendTo", "C000127")]))));

        Assert.All(presses, p => Assert.Equal(HttpStatusCode.SeeOther, p.StatusCode));
        Assert.Single(presses.Select(p => p.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, Count("SELECT COUNT(*) FROM congress_letter_sets"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'congress'"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'confirmation'"));
    }

    [Fact]
    public async Task TheSendButtonInAMembersCard_SendsToThatMember_Once()
    {
        var letters = await _client.LettersAsync($"{SeedPage}?zip=98103");
        var card = (AngleSharp.Html.Dom.IHtmlFormElement)letters.QuerySelector("article.member-letter[data-member=C000127] form[action$='/send']")!;
        Assert.Null(letters.QuerySelector("article.member-letter[data-member=M001111] form[action$='/send']")); // no address for Murray

        var first = await _client.SubmitAsync(card, SeedPage);
        var again = await _client.SubmitAsync(card, SeedPage);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'congress' AND to_address = 'cantwell-office@senate.test'"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'congress'"));
    }
}

using System.Net;
using CivicAction.Tests.Support;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.SendForMe;

/// <summary>
/// "Send for me" on letters to Congress: one send form, however often and however simultaneously it is posted, holds
/// one set of letters, asks for one confirmation and leads every press to the same private page.
/// </summary>
public sealed class CongressSendPressedTwiceTests : IAsyncLifetime
{
    private readonly SendingCongressSite _send = new();

    private HttpClient Client => _send.Client;

    public Task InitializeAsync() => _send.InitializeAsync();

    public Task DisposeAsync() => _send.DisposeAsync();

    private long Count(string sql) => _send.Count(sql);

    [Fact]
    public async Task OneSendForm_PostedFourTimesAtOnce_HoldsOneSetOfLetters()
    {
        var letters = await Client.LettersAsync($"{SeedPage}?zip=98103");
        var form = letters.Form("section.send-for-me form");

        var presses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => Client.SubmitAsync(form, SeedPage, [("sendTo", "C000127")]))));

        Assert.All(presses, p => Assert.Equal(HttpStatusCode.SeeOther, p.StatusCode));
        Assert.Single(presses.Select(p => p.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, Count("SELECT COUNT(*) FROM congress_letter_sets"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'congress'"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'confirmation'"));
    }

    [Fact]
    public async Task TheSendButtonInAMembersCard_SendsToThatMember_Once()
    {
        var letters = await Client.LettersAsync($"{SeedPage}?zip=98103");
        var card = letters.QuerySelector("article.member-letter[data-member=C000127] button[formaction$='/send']")!;
        Assert.Null(letters.QuerySelector("article.member-letter[data-member=M001111] button[formaction$='/send']")); // no address for Murray

        var first = await Client.PressAsync(card, SeedPage);
        var again = await Client.PressAsync(card, SeedPage);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'congress' AND to_address = 'cantwell-office@senate.test'"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM outbox_messages WHERE purpose = 'congress'"));
    }
}

using CivicAction.Tests.Support;
using CivicAction.Web.Platform.Database;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>
/// The letter is the person's: the paragraph they write ("why this matters to you") is in every letter shown, and in
/// the letter the site holds to send for them; a paragraph too long, or with a blank left in it, is refused by its field.
/// </summary>
public sealed class PersonalParagraphTests : IAsyncLifetime
{
    private const string Seattle = $"{SeedPage}?zip=98103";
    private const string Paragraph = "My neighbor was sent to CECOT in 2025.\nHis children still do not know whether he is alive.";
    private readonly SendingCongressSite _send = new();

    private HttpClient Client => _send.Client;

    public Task InitializeAsync() => _send.InitializeAsync();

    public Task DisposeAsync() => _send.DisposeAsync();

    [Fact]
    public async Task TheParagraph_IsInEveryLetter_AndInTheOneHeldToSend()
    {
        var letters = await Client.LettersAsync(Seattle, ("personal", Paragraph));

        var bodies = letters.QuerySelectorAll("article.member-letter").Select(a => a.Body()).ToList();
        Assert.Equal(3, bodies.Count);
        Assert.All(bodies, b => Assert.Contains(Paragraph + "\n\nThank you for upholding", b, StringComparison.Ordinal));

        await Client.SubmitAsync(letters.Form("section.send-for-me form"), SeedPage, [("sendTo", "C000127")]);

        using var connection = _send.Site.Services.GetRequiredService<IDatabase>().Open();
        var held = connection.ExecuteScalar<string>("SELECT body FROM outbox_messages WHERE purpose = 'congress'");
        Assert.Contains(Paragraph, held, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", "Shorten your paragraph to at most 2,000 characters")]
    [InlineData("I live in [Your Town].", "Replace the [bracketed] blank in your paragraph")]
    public async Task AnUnusableParagraph_IsRefusedByItsField(string paragraph, string message)
    {
        var text = paragraph == "a" ? new string('a', 2_001) : paragraph;

        var (_, page) = await Client.PostDetailsAsync(Seattle, ("personal", text));

        Assert.StartsWith(message, page.ErrorFor("f-personal"), StringComparison.Ordinal);
        Assert.Equal(text, page.QuerySelector("textarea#f-personal")!.TextContent); // what was typed is kept
    }
}

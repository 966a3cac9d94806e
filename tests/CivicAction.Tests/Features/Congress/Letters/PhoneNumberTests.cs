using CivicAction.Tests.Support;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>The phone number is optional: when given it is signed under the address; a number that is not one is refused by its field.</summary>
public sealed class PhoneNumberTests(CongressSite site) : IClassFixture<CongressSite>
{
    private const string Seattle = $"{SeedPage}?zip=98103";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task AGivenPhone_IsSignedUnderTheAddress()
    {
        var page = await _client.LettersAsync(Seattle, ("phone", "(206) 555-0100"));

        Assert.EndsWith("Seattle, WA 98103\n(206) 555-0100\ndana@example.org", page.Letter("Senator Maria Cantwell").Body(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPhone_IsFine_AndNothingIsSigned()
    {
        var page = await _client.LettersAsync(Seattle);

        Assert.EndsWith("Seattle, WA 98103\ndana@example.org", page.Letter("Senator Maria Cantwell").Body(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("555-0100")]
    [InlineData("206-555-01000")]
    [InlineData("call me maybe")]
    public async Task SomethingThatIsNotAUsPhoneNumber_IsRefusedByItsField(string phone)
    {
        var (_, page) = await _client.PostDetailsAsync(Seattle, ("phone", phone));

        Assert.StartsWith($"'{phone}' is not a US phone number", page.ErrorFor("f-phone"), StringComparison.Ordinal);
    }
}

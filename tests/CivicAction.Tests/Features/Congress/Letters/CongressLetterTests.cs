using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Congress;
using CivicAction.Tests.Support;
using CivicAction.Web.Features.Congress.Lookup;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>
/// The seed brief's letter to Congress (action 2), drafted for each of the three members who
/// represent a Seattle ZIP, found in the real data.
/// </summary>
public sealed class CongressLetterTests(CongressData data) : IClassFixture<CongressData>
{
    private static readonly Constituent Writer = new("Dana Rivera", "4200 Fremont Ave N, Apt 3", "Seattle", "WA", "98103", "dana@example.org");

    private static BriefAction SeedLetter()
    {
        var result = BriefParser.Parse(Path.GetFileName(Fixtures.SeedBrief), File.ReadAllBytes(Fixtures.SeedBrief));
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Brief!.Actions.Single(a => a.Number == 2);
    }

    public static TheoryData<string> SeattleMembers => new() { "Murray", "Cantwell", "Jayapal" };

    private CongressMember Member(string lastName)
    {
        var zip = data.Store.FindByZip("98103");
        var delegation = data.Store.FindDelegation(zip.Single!).Delegation!;
        Assert.Equal(3, delegation.Members.Count);
        return delegation.Members.Single(m => m.LastName == lastName);
    }

    [Theory]
    [MemberData(nameof(SeattleMembers))]
    public void EachMember_GetsALetterAddressedToThem_ReadyToSend(string lastName)
    {
        var member = Member(lastName);

        var letter = CongressLetterDrafter.Draft(SeedLetter(), Writer, member.ToRecipient());

        Assert.StartsWith($"Dear {member.Title} {lastName},\n\n", letter.Body, StringComparison.Ordinal);
        Assert.Equal("Oversight of DHS deportations to El Salvador's CECOT prison", letter.Subject);
        Assert.True(letter.CanSend, string.Join(", ", letter.UnfilledPlaceholders.Concat(letter.MissingDetails)));
        Assert.DoesNotContain("[", letter.Body, StringComparison.Ordinal);
        Assert.EndsWith("Sincerely,\nDana Rivera\n4200 Fremont Ave N, Apt 3\nSeattle, WA 98103\ndana@example.org", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("How to find", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Principle app", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("house.gov/representatives", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSenatorsAreSenators_AndTheRepresentativeIsARepresentative()
    {
        var salutations = new[] { "Murray", "Cantwell", "Jayapal" }
            .Select(n => CongressLetterDrafter.Draft(SeedLetter(), Writer, Member(n).ToRecipient()).Body.Split('\n')[0]);

        Assert.Equal(["Dear Senator Murray,", "Dear Senator Cantwell,", "Dear Representative Jayapal,"], salutations);
    }

    [Fact]
    public void TheLettersBlocks_AreItsParagraphs_WithBulletsUnderTheirLabel()
    {
        var letter = CongressLetterDrafter.Draft(SeedLetter(), Writer, Member("Jayapal").ToRecipient());

        Assert.Contains(
            "\n\nKey concerns:\n- These transfers involve moving people from U.S. custody to a third country",
            letter.Body, StringComparison.Ordinal);
        Assert.Contains("\n\nMy request: Please support committee investigations", letter.Body, StringComparison.Ordinal);
        Assert.Contains("\n\nThank you for upholding our commitment to the rule of law.\n\nSincerely,", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePhoneScript_SaysWhoAndWhere_AndAsksWhatTheLetterAsks()
    {
        var script = CongressLetterDrafter.PhoneScript(SeedLetter(), Writer, Member("Cantwell").ToRecipient());

        Assert.Equal(
            "Hello, my name is Dana Rivera, and I'm a constituent from Seattle, WA 98103. "
            + "I'm calling about oversight of DHS deportations to El Salvador's CECOT prison. "
            + "I'm asking Senator Cantwell to support committee investigations and demand that DHS provide the legal justification for these third-country prison transfers. "
            + "Thank you.",
            script.Text);
        Assert.Empty(script.UnfilledPlaceholders);
    }
}

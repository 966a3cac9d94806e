using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Officials;
using static CivicAction.Tests.Support.ParseHelper;

namespace CivicAction.Tests.Core.Letters.Officials;

/// <summary>A letter to an official from the brief's template: the blanks asked for, filled, the salutation as written, signed with the address.</summary>
public sealed class OfficialLetterDrafterTests
{
    private static readonly BriefAction StateLegislator = ParseFixture("every_kind_of_action.txt").Actions[4];
    private static readonly BriefAction RecordsRequest = ParseFixture("every_kind_of_action.txt").Actions[1];
    private static readonly BriefAction Editor = ParseFixture("every_kind_of_action.txt").Actions[6];
    private static readonly BriefAction CommitteeChair = ParseFixture("calls_nested_emoji.txt").Actions[1];

    private static OfficialLetterDetails Ana(params string?[] extra) => new()
    {
        Name = "Ana Lee",
        Street = "12 Mill Road",
        City = "Clearwater",
        State = "Oregon",
        Zip = "97001",
        Email = "ana@example.org",
        Extra = extra,
    };

    [Fact]
    public void TheBlanks_AreThoseTheAddressDoesNotFill_InTheOrderOfTheLetter()
    {
        Assert.Equal(["Bill Number", "State Legislator Name"], OfficialLetterDrafter.Blanks(StateLegislator));
        Assert.Equal(["Start Date"], OfficialLetterDrafter.Blanks(RecordsRequest));
        Assert.Equal(["Chair Name", "Your Occupation", "Your Community"], OfficialLetterDrafter.Blanks(CommitteeChair));
        Assert.Equal(["State Legislator Name"], OfficialLetterDrafter.SalutationBlanks(StateLegislator));
    }

    [Fact]
    public void TheStateLegislatorLetter_IsFilled_KeepsItsSalutation_AndIsSignedWithTheAddressBlock()
    {
        var letter = OfficialLetterDrafter.Draft(StateLegislator, Ana("SB 214", "Senator Maria Ortiz"));

        Assert.Equal("Please co-sponsor the Clean Rivers Act (SB 214)", letter.Subject);
        Assert.Equal(
            "Dear Senator Maria Ortiz,\n\nI'm a constituent in Clearwater and I ask you to co-sponsor the Clean Rivers Act.\n\n" +
            "Thank you,\nAna Lee\n12 Mill Road\nClearwater, OR 97001\nana@example.org",
            letter.Body);
        Assert.Empty(letter.Unfilled);
        Assert.Null(letter.To);
        Assert.Null(letter.Mailto);
        Assert.DoesNotContain("Add one sentence", letter.Body, StringComparison.Ordinal); // a step for the reader, not the letter
    }

    [Fact]
    public void TheOwnParagraph_GoesBeforeTheClosing()
    {
        var details = Ana("SB 214", "Senator Maria Ortiz");
        details.Personal = "I have fished the Clearwater for thirty years.\r\n\r\nMy grandson learned to cast there.";

        var body = OfficialLetterDrafter.Draft(StateLegislator, details).Body;

        Assert.Contains("Clean Rivers Act.\n\nI have fished the Clearwater for thirty years.\nMy grandson learned to cast there.\n\nThank you,\nAna Lee", body, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateWithoutAClosing_IsSignedSincerely_AndAnAddressFromTheBrief_GivesAMailto()
    {
        var letter = OfficialLetterDrafter.Draft(RecordsRequest, Ana("January 1, 2021"));

        Assert.StartsWith("I request copies of all water quality tests of the Clearwater River from January 1, 2021 to the present", letter.Body, StringComparison.Ordinal);
        Assert.Contains("Please send them to ana@example.org.", letter.Body, StringComparison.Ordinal);
        Assert.EndsWith("\n\nSincerely,\nAna Lee\n12 Mill Road\nClearwater, OR 97001\nana@example.org", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sample text", letter.Body, StringComparison.Ordinal);
        Assert.Equal("records@clearwater-district.org", letter.To);
        Assert.StartsWith("mailto:records@clearwater-district.org?subject=", letter.Mailto!.Href, StringComparison.Ordinal);
        Assert.True(letter.Mailto.IncludesBody);
    }

    [Fact]
    public void TheTemplatesSignatureLines_GiveWayToTheAddressBlock_AndItsPointsKeepTheirLabel()
    {
        var letter = OfficialLetterDrafter.Draft(CommitteeChair, Ana("Chair Ortiz", "fishing guide", "Walla Walla"));

        Assert.StartsWith("Dear Chair Chair Ortiz,", letter.Body, StringComparison.Ordinal); // as the brief writes it: "Dear Chair [Chair Name],"
        Assert.Contains("My points:\n- Public lands belong to everyone.\n- The sale would end access for Walla Walla.\n  - Hunters and anglers lose access.\n    - Families lose a tradition.", letter.Body, StringComparison.Ordinal);
        Assert.EndsWith("Sincerely,\nAna Lee\n12 Mill Road\nClearwater, OR 97001\nana@example.org", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("[", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ALetterToTheEditor_EndingInNameAndTown_IsSignedOnceWithTheAddressBlock_UnderItsOwnSubject()
    {
        var details = Ana();
        details.Personal = "I fish here.";
        var letter = OfficialLetterDrafter.Draft(Editor, details);

        Assert.Equal("Letter to the editor", letter.Subject);
        Assert.Equal(
            "To the editor: the river that runs past Clearwater is cleaner than it was ten years ago because of the runoff limits. " +
            "I fish it with my kids every spring, and I ask our readers to tell the EPA to keep the limits.\n\n" +
            "I fish here.\n\nSincerely,\nAna Lee\n12 Mill Road\nClearwater, OR 97001\nana@example.org",
            letter.Body);
        Assert.Equal("letters@clearwater-courier.example", letter.To);
    }

    [Fact]
    public void ABlankNotGiven_StaysAndIsReported()
    {
        var letter = OfficialLetterDrafter.Draft(StateLegislator, Ana("SB 214"));

        Assert.Equal(["State Legislator Name"], letter.Unfilled);
        Assert.StartsWith("Dear [State Legislator Name],", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFinder_IsTheWebAddressOfTheGuidance()
    {
        Assert.Equal("www.legislature.example.gov/find", OfficialLetterDrafter.Finder(StateLegislator));
        Assert.Null(OfficialLetterDrafter.Finder(RecordsRequest));
    }

    [Fact]
    public void TheAddressBlock_IsNameStreetCityLineAndEmail()
    {
        Assert.Equal(["Ana Lee", "12 Mill Road", "Clearwater, OR 97001", "ana@example.org"], OfficialLetterDrafter.AddressBlock(Ana()));
    }
}

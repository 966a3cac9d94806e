using CivicAction.Core.Briefs;
using static CivicAction.Tests.Support.ParseHelper;

namespace CivicAction.Tests.Core.Briefs;

/// <summary>
/// The structure of any action (docs/brief-format.md, "An action"): labelled blocks wherever they stand, a label
/// alone taking the paragraph after it, steps of the action apart from guidance about the tool, and placeholders and
/// addresses found in every part. Texts are made up for these tests.
/// </summary>
public sealed class ActionStructureTests
{
    private static readonly Brief EveryKind = ParseFixture("every_kind_of_action.txt");

    private static BriefAction Action(string body) =>
        ParseText("2026-03-03\n\nHeadline\n\nDek\n\nBody.\n\nWhat You Can Do\n\n1\n\ncivic action\n\n" + body).Actions[0];

    [Fact]
    public void ALabelAloneOnItsLine_TakesTheParagraphAfterIt_AndIsNoHeading()
    {
        var call = EveryKind.Actions[0];

        Assert.Null(call.Heading);
        var script = call.Blocks.Single(b => b.Label == "Script");
        Assert.StartsWith("Hi, my name is [Your Name] and I live in [Your City].", script.Text, StringComparison.Ordinal);
        Assert.Equal(BlockRole.Message, script.Role);
    }

    [Fact]
    public void ALabelAloneOnItsLine_TakesTheBulletsAfterIt()
    {
        var voicemail = EveryKind.Actions[0].Blocks.Single(b => b.Label == "If you get voicemail");

        Assert.Equal("", voicemail.Text);
        Assert.Equal(["Say your name and ZIP code slowly.", "Leave a number staff can call back."], voicemail.Items.Select(i => i.Text));
    }

    [Fact]
    public void ALabelAlone_TakesOneParagraph_TheNextOneIsABlockOfItsOwn()
    {
        var action = Action("Talk to your neighbours\n\nScript:\n\nHello, I'm [Your Name].\n\nThank you for listening.\n");

        Assert.Equal([("Script", "Hello, I'm [Your Name]."), (null, "Thank you for listening.")], action.Blocks.Select(b => (b.Label, b.Text)));
    }

    [Fact]
    public void ALabelAloneBeforeOtherLabels_IsStillTheHeading()
    {
        var action = Action("Write to the board\n\nTalking points:\n\nCost: The limits cost little.\nSafety: The river is unsafe.\n");

        Assert.Equal("Talking points", action.Heading);
        Assert.Equal(["Cost", "Safety"], action.Blocks.Select(b => b.Label));
    }

    [Fact]
    public void ALabelAloneBeforeASalutation_AnnouncesTheLetter_AndLeavesTheSalutationUnlabelled()
    {
        var action = Action("Write to the mayor\n\nSubject: Keep the pool open\n\nSome context first.\n\nSample letter:\n\nDear Mayor [Mayor Name],\n\nPlease keep it open.\n");

        Assert.Equal(
            [("Sample letter", ""), (null, "Dear Mayor [Mayor Name],"), (null, "Please keep it open.")],
            action.Blocks.Skip(1).Select(b => (b.Label, b.Text)));
    }

    [Fact]
    public void StepsOfTheAction_AreLabelledBlocks_NotGuidance()
    {
        var records = EveryKind.Actions[1];

        Assert.Null(records.Guidance);
        Assert.Equal(["How to file", "Sample text", "Tips"], records.Blocks.Select(b => b.Label));
        Assert.Equal([BlockRole.Instructions, BlockRole.Message, BlockRole.Instructions], records.Blocks.Select(b => b.Role));
        Assert.Equal(2, records.Blocks[0].Items.Count);
        Assert.StartsWith("I request copies of all water quality tests", records.Blocks[1].Text, StringComparison.Ordinal);
        Assert.Equal(["The district must answer within ten working days.", "Ask for electronic copies to avoid fees."], records.Blocks[2].Items.Select(i => i.Text));
    }

    [Fact]
    public void ALabelledBlock_StartsAfterBullets_AfterAParagraph_AndAfterAHowToBlock()
    {
        var attend = EveryKind.Actions[3];

        Assert.Equal(["What to bring", "Prepared statement", "Hints for speaking"], attend.Blocks.Select(b => b.Label));
        Assert.Equal("My name is [Your Name]. I ask the board to keep the runoff limits.", attend.Blocks[1].Text);

        var action = Action("Testify\n\nAt the hearing\n\nI will speak first.\nMain point: Keep the limits.\nHow to sign up:\n  • Arrive early.\nWhat to say: Thank the board.\n");
        Assert.Equal([null, "Main point", "How to sign up", "What to say"], action.Blocks.Select(b => b.Label));
        Assert.Equal("Thank the board.", action.Blocks[3].Text);
        Assert.Equal(["Arrive early."], action.Blocks[2].Items.Select(i => i.Text));
    }

    [Fact]
    public void Guidance_NeverSwallowsALaterLabelledBlock()
    {
        var call = EveryKind.Actions[0];
        Assert.Equal("How to find your senators", call.Guidance!.Heading);
        Assert.Single(call.Guidance.Items);
        var hints = call.Blocks[^1];
        Assert.Equal("Hints for speaking", hints.Label);
        Assert.Equal(BlockRole.Instructions, hints.Role);
        Assert.Equal(2, hints.Items.Count);

        var letter = EveryKind.Actions[4];
        Assert.Equal("How to find your state legislators", letter.Guidance!.Heading);
        Assert.Equal("Before you send", letter.Blocks[^1].Label);
    }

    [Fact]
    public void Guidance_KeepsItsBulletsAndLines_AndAnAddressUnderALabel()
    {
        var action = Action("Write to Congress\n\nDear [Name],\n\nHow to find your representative:\n  • Search by ZIP code.\nHouse: house.gov/representatives\nOr ask a librarian.\nMy request: Vote no.\n");

        Assert.Equal(["Search by ZIP code.", "House: house.gov/representatives", "Or ask a librarian."], action.Guidance!.Items.Select(i => i.Text));
        Assert.Equal("My request", action.Blocks[^1].Label);
    }

    [Theory]
    [InlineData("How to find your representative:")]
    [InlineData("How do I find my senators:")]
    [InlineData("Not sure who represents you:")]
    [InlineData("Finding your state legislators:")]
    [InlineData("Look up your council member:")]
    public void HelpAboutFindingOfficials_IsGuidance(string heading)
    {
        var action = Action($"Write to them\n\nDear [Name],\n\n{heading}\n  • Use the official finder.\n");

        Assert.Equal(heading.TrimEnd(':'), action.Guidance!.Heading);
    }

    [Theory]
    [InlineData("How to file:")]
    [InlineData("What to bring:")]
    [InlineData("Hints for speaking:")]
    [InlineData("Tips for calling:")]
    [InlineData("Tips:")]
    [InlineData("How to submit your comment:")]
    public void InstructionsOfTheAction_AreBlocksForTheReader(string heading)
    {
        var action = Action($"Do it\n\nDear [Name],\n\n{heading}\n  • One step.\n");

        Assert.Null(action.Guidance);
        Assert.Equal((heading.TrimEnd(':'), BlockRole.Instructions), (action.Blocks[^1].Label, action.Blocks[^1].Role));
    }

    [Fact]
    public void AnInstructionWithABlankToFill_IsPartOfTheMessage()
    {
        var action = Action("Write\n\nDear [Name],\n\nWhere: [Your City]\n");

        Assert.Equal(BlockRole.Message, action.Blocks[^1].Role);
    }

    [Fact]
    public void Placeholders_AreCollectedFromEveryPart_IncludingItemsAndGuidance()
    {
        var action = Action(
            "Call [Office Name] today\n\nSubject: About [Topic]\n\nKey points:\n  • I live in [Your Town].\n    • Since [Year].\nAsk: [Your Ask]\n\nHow to find your representative:\n  • Search for [Your ZIP] at house.gov.\n");

        Assert.Equal(["Office Name", "Topic", "Your Town", "Year", "Your Ask", "Your ZIP"], action.Placeholders);
        Assert.Equal(["Bill Number", "State Legislator Name", "Your Town", "Your Name"], EveryKind.Actions[4].Placeholders);
    }

    [Fact]
    public void AddressesAndNumbersInAnyText_AreKnownToTheAction_BesidesItsContactLines()
    {
        var records = EveryKind.Actions[1];
        Assert.Equal(["records@clearwater-district.org"], records.Contacts.Emails);
        Assert.Equal(["(555) 014-2200"], records.Mentioned.Phones);
        Assert.Empty(records.Mentioned.Emails); // the address in "How to file" is already a contact line

        var call = EveryKind.Actions[0];
        Assert.Equal(["senate.gov/senators"], call.Mentioned.Urls);
        Assert.Equal(["(202) 224-3121"], call.Mentioned.Phones); // "202-224-3121" in the guidance is the same number

        var letter = EveryKind.Actions[4];
        Assert.Equal(["www.legislature.example.gov/find"], letter.Mentioned.Urls);
    }

    [Theory]
    [InlineData("Write to clerk@town.example.org, or call 555-013-0101.", "clerk@town.example.org", null, "555-013-0101")]
    [InlineData("See https://www.regulations.gov/docket/EPA-HQ-OW-2026-0142.", null, "https://www.regulations.gov/docket/EPA-HQ-OW-2026-0142", null)]
    [InlineData("Find your Senators at senate.gov/senators", null, "senate.gov/senators", null)]
    [InlineData("Call +1 (202) 224-3121 ext. 4 now", null, null, "+1 (202) 224-3121 ext. 4")]
    [InlineData("The U.S. plan, e.g. the 2025-11-26 memo and docket EPA-HQ-OW-2026-0142", null, null, null)]
    public void TextContacts_FindAddressesAndNumbersInRunningText(string text, string? email, string? url, string? phone)
    {
        var found = TextContacts.In(text);

        Assert.Equal(email is null ? [] : [email], found.Emails);
        Assert.Equal(url is null ? [] : [url], found.Urls);
        Assert.Equal(phone is null ? [] : [phone], found.Phones);
    }
}

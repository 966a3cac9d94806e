using CivicAction.Core.Briefs;
using static CivicAction.Tests.Support.ParseHelper;

namespace CivicAction.Tests.Core.Briefs;

/// <summary>Synthetic briefs with the variations real briefs have beyond the seed.</summary>
public sealed class BriefVariantTests
{
    [Fact]
    public void CrlfBomAndNonBreakingSpaces_AreNormalised()
    {
        var brief = ParseFixture("crlf_bom_accents.txt");
        Assert.Equal(new DateOnly(2026, 9, 3), brief.Published);
        Assert.Equal("City council’s “emergency” vote on water rates draws café owners to São Paulo Street hall", brief.Headline);
        Assert.Equal("city-councils-emergency-vote-on-water-rates-draws-cafe", Slug.FromHeadline(brief.Headline));
        Assert.Equal("Residents say the 40% increase was passed without notice", brief.Dek);
        Assert.Equal(
            ["The council voted 5–2 on Tuesday. Mayor Ana García called it “necessary.”", "A public hearing is required by state law. None was held."],
            brief.Summary);
        Assert.Single(brief.Body);
        Assert.Contains("The Environmental Protection Agency has not commented.", brief.Body[0]);
        Assert.Equal([new Tag("💧", "Water"), new Tag("🏛️", "Local Government")], brief.Tags);
    }

    [Fact]
    public void NestedBullets_OfMixedMarkers_KeepTheirDepth()
    {
        var comment = ParseFixture("crlf_bom_accents.txt").Actions[0];
        Assert.Equal("public comment", comment.Kind);
        Assert.Equal(ActionChannel.Other, comment.Channel);
        Assert.Equal(["https://example.gov/council/comments"], comment.Contacts.Urls);
        var outline = Assert.Single(comment.Blocks);
        Assert.Equal("Comment outline", outline.Label);
        Assert.Equal(["Who you are and where you live", "Why the hearing matters", "What you ask for"], outline.Items.Select(i => i.Text));
        var law = Assert.Single(outline.Items[1].Items);
        Assert.Equal("State law requires it", law.Text);
        Assert.Equal("Section 12 of the charter", Assert.Single(law.Items).Text);
    }

    [Fact]
    public void Description_WithATime_IsNotALabel_AndAPhoneIsAContact()
    {
        var attend = ParseFixture("crlf_bom_accents.txt").Actions[1];
        Assert.Equal("attend", attend.Kind);
        Assert.Equal("The meeting starts at 6:30 pm at City Hall, Room 200.", attend.Description);
        Assert.Equal(["(555) 010-0199"], attend.Contacts.Phones);
        Assert.Empty(attend.Blocks);
    }

    [Fact]
    public void Tags_WithFlagsKeycapsAndZwjSequences_AreWholeGraphemes()
    {
        var brief = ParseFixture("calls_nested_emoji.txt");
        Assert.Equal(
            [new Tag("🏞️", "Public Lands"), new Tag("🇺🇸", "Congress"), new Tag("#️⃣", "Numbers"), new Tag("👩‍🔬", "Science")],
            brief.Tags);
    }

    [Fact]
    public void DoubledNames_AreRepaired_ButWallaWallaStays()
    {
        var body = ParseFixture("calls_nested_emoji.txt").Body[0];
        Assert.Contains("introduced by Sen. Mike Lee, would direct the Bureau of Land Management to sell land near Walla Walla", body);
    }

    [Fact]
    public void CallAction_IsPhoneChannel_WithScriptPlaceholdersAndTips()
    {
        var call = ParseFixture("calls_nested_emoji.txt").Actions[0];
        Assert.Equal("call", call.Kind);
        Assert.Equal(ActionChannel.Phone, call.Channel);
        Assert.Equal(ActionType.Call, call.Type);
        Assert.Equal(["(202) 224-3121", "202-224-3121 ext. 5"], call.Contacts.Phones);
        Assert.Equal(["Your Name", "Your City", "Senator Name"], call.Placeholders);

        // Tips for calling are a step of the call, not help about the site: a block for the reader, not guidance.
        Assert.Equal([("Call script", BlockRole.Message), ("Tips for calling", BlockRole.Instructions)], call.Blocks.Select(b => (b.Label, b.Role)));
        Assert.Equal(2, call.Blocks[1].Items.Count);
        Assert.Null(call.Guidance);
    }

    [Fact]
    public void EmailLetter_KeepsEveryLine_AndPlaceholdersInOrder()
    {
        var email = ParseFixture("calls_nested_emoji.txt").Actions[1];
        Assert.Equal(ActionChannel.Email, email.Channel);
        Assert.Equal("Please oppose the public-lands sale", email.Subject);
        Assert.Equal(
            ["Dear Chair [Chair Name],", "I am writing as a [Your Occupation] who hikes on these lands.", "", "Sincerely,", "[Your Name]", "[Your Address]"],
            email.Blocks.Select(b => b.Text));
        var points = email.Blocks[2];
        Assert.Equal("My points", points.Label);
        Assert.Equal("Hunters and anglers lose access.", points.Items[1].Items[0].Text);
        Assert.Equal("Families lose a tradition.", points.Items[1].Items[0].Items[0].Text);
        Assert.Equal(["Chair Name", "Your Occupation", "Your Community", "Your Name", "Your Address"], email.Placeholders);
        Assert.Null(email.Guidance);
    }

    [Fact]
    public void FreedomOfInformationWording_IsFoiaChannel()
    {
        var foia = ParseFixture("calls_nested_emoji.txt").Actions[2];
        Assert.Equal(ActionChannel.Foia, foia.Channel);
        Assert.Equal(["blm_foia@blm.gov"], foia.Contacts.Emails);
        Assert.Equal(["https://www.blm.gov/foia"], foia.Contacts.Urls);
        Assert.Equal("Specific request", Assert.Single(foia.Blocks).Label);
    }

    [Fact]
    public void ActionWithOnlyKindTitleAndDescription_IsOther()
    {
        var attend = ParseFixture("calls_nested_emoji.txt").Actions[3];
        Assert.Equal(4, attend.Number);
        Assert.Equal("Join the town hall in Walla Walla", attend.Title);
        Assert.Equal("Saturday at noon at the county fairgrounds", attend.Description);
        Assert.Equal(ActionChannel.Other, attend.Channel);
    }

    [Fact]
    public void BriefWithoutActions_HasNone()
    {
        var brief = ParseFixture("no_actions.txt");
        Assert.Empty(brief.Actions);
        Assert.Equal("Only a dek here", brief.Dek);
        Assert.Equal([new Tag("📰", "News")], brief.Tags);
        Assert.Equal(["One short paragraph."], brief.Body);
        Assert.Empty(brief.Summary);
    }

    [Fact]
    public void NoTagLine_AndNoEvidentSplit_PutsEveryParagraphInTheBody()
    {
        var brief = ParseFixture("no_tags_all_body.txt");
        Assert.Equal(new DateOnly(2025, 11, 26), brief.Published);
        Assert.Empty(brief.Tags);
        Assert.Empty(brief.Summary);
        Assert.Equal(["Just one paragraph that stands alone. It has a second sentence. And a third one too.", "Another paragraph."], brief.Body);
    }

    [Fact]
    public void VeryLongBody_KeepsEveryParagraphInOrder()
    {
        var paragraphs = Enumerable.Range(1, 500).Select(i => $"Paragraph {i} says something. It has detail. And more detail {i}.").ToList();
        var text = "2025-11-26\n\nLong one\n\nDek\n\n" + string.Join("\n\n", paragraphs);
        var brief = ParseText(text);
        Assert.Equal(paragraphs, brief.Summary.Concat(brief.Body));
    }

    [Fact]
    public void HardWrappedParagraph_IsJoinedWithSpaces()
    {
        var brief = ParseText("2025-11-26\n\nHeadline\n\nDek\n\nFirst line of a paragraph\nthat continues here.\n");
        Assert.Equal(["First line of a paragraph that continues here."], brief.Body);
    }

    [Fact]
    public void HeadlineAndDekOnConsecutiveLines_AreStillSplit()
    {
        var brief = ParseText("2025-11-26\nHeadline here\nDek here\n\nBody.");
        Assert.Equal("Headline here", brief.Headline);
        Assert.Equal("Dek here", brief.Dek);
        Assert.Equal(["Body."], brief.Body);
    }
}

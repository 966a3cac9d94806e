using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using static CivicAction.Tests.Support.ParseHelper;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Core.Letters;

/// <summary>What the app drafts for an action is decided once, from the parsed action.</summary>
public sealed class DraftKindTests
{
    [Fact]
    public void TheSeed_FoiaAction_DraftsARequest_AndItsLetterToCongress_DraftsLetters()
    {
        var seed = BriefParser.Parse("seed.txt", File.ReadAllBytes(Fixtures.SeedBrief)).Brief!;

        Assert.Equal([DraftKind.FoiaRequest, DraftKind.CongressLetter], seed.Actions.Select(DraftKinds.Of));
    }

    [Fact]
    public void ACall_HasACallPage_AndALetterToACommitteeChair_IsALetterToAnOfficial()
    {
        var brief = ParseFixture("calls_nested_emoji.txt");

        Assert.Equal(DraftKind.Call, DraftKinds.Of(brief.Actions[0]));
        Assert.Equal(ActionChannel.Email, brief.Actions[1].Channel);
        Assert.Equal(DraftKind.OfficialLetter, DraftKinds.Of(brief.Actions[1]));
        Assert.Equal(DraftKind.FoiaRequest, DraftKinds.Of(brief.Actions[2]));
    }

    [Fact]
    public void EveryKindOfAction_ThatHasAPage_GoesToIt()
    {
        var brief = ParseFixture("every_kind_of_action.txt");

        Assert.Equal(
            [DraftKind.Call, DraftKind.OfficialLetter, DraftKind.PublicComment, DraftKind.Attend, DraftKind.OfficialLetter, DraftKind.FoiaRequest, DraftKind.OfficialLetter],
            brief.Actions.Select(DraftKinds.Of));

        // A letter to the editor is no letter to an official, but its template has blanks: it is composed as a letter.
        Assert.Equal(ActionType.Other, brief.Actions[6].Type);

        // A letter to Congress with key points but no subject or salutation has no template for the letter drafter.
        var points = ParseText("2026-03-03\n\nH\n\nD\n\nB.\n\nWhat You Can Do\n\n1\n\ncivic action\n\nEmail your senators\n\nKey points:\n  • Keep the limits.\n").Actions[0];
        Assert.Equal((ActionType.CongressLetter, DraftKind.None), (points.Type, DraftKinds.Of(points)));
    }

    [Fact]
    public void AnOtherAction_HasNothingToDraft_UnlessItsWordsToSendHaveBlanks()
    {
        const string Head = "2026-03-03\n\nH\n\nD\n\nB.\n\nWhat You Can Do\n\n1\n\ncivic action\n\n";
        var points = ParseText(Head + "Share the story with your neighbors\n\nTalking points:\n  • The limits keep the river clean.\n").Actions[0];
        var blanks = ParseText(Head + "Share the story with your neighbors\n\nTalking points:\n  • The river in [Your Town] is clean.\n").Actions[0];
        var blankInSteps = ParseText(Head + "Share the story with your neighbors\n\nTips:\n  • Tell people in your town.\n").Actions[0];

        Assert.Equal((ActionType.Other, DraftKind.None), (points.Type, DraftKinds.Of(points)));
        Assert.Equal((ActionType.Other, DraftKind.OfficialLetter), (blanks.Type, DraftKinds.Of(blanks)));
        Assert.Equal((ActionType.Other, DraftKind.None), (blankInSteps.Type, DraftKinds.Of(blankInSteps)));
    }

    [Fact]
    public void ALetterToAnOfficial_WithNoWordsForTheRecipient_HasNothingToDraft()
    {
        var bare = ParseText("2026-03-03\n\nH\n\nD\n\nB.\n\nWhat You Can Do\n\n1\n\ncivic action\n\nEmail the governor\n\ngovernor@state.example.gov\n").Actions[0];

        Assert.Equal((ActionType.OfficialLetter, DraftKind.None), (bare.Type, DraftKinds.Of(bare)));
    }
}

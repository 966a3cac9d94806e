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
    public void ACall_HasACallPage_AndALetterToACommitteeChair_HasNothingToDraft_Yet()
    {
        var brief = ParseFixture("calls_nested_emoji.txt");

        Assert.Equal(DraftKind.Call, DraftKinds.Of(brief.Actions[0]));
        Assert.Equal(ActionChannel.Email, brief.Actions[1].Channel);
        Assert.Equal(DraftKind.None, DraftKinds.Of(brief.Actions[1]));
        Assert.Equal(DraftKind.FoiaRequest, DraftKinds.Of(brief.Actions[2]));
    }

    [Fact]
    public void AFoiaRequest_ALetterToCongressWithATemplate_ACall_AComment_AndAMeeting_HaveTheirPages()
    {
        var brief = ParseFixture("every_kind_of_action.txt");

        Assert.Equal(
            [DraftKind.Call, DraftKind.None, DraftKind.PublicComment, DraftKind.Attend, DraftKind.None, DraftKind.FoiaRequest],
            brief.Actions.Select(DraftKinds.Of));

        // A letter to Congress with key points but no subject or salutation has no template for the letter drafter.
        var points = ParseText("2026-03-03\n\nH\n\nD\n\nB.\n\nWhat You Can Do\n\n1\n\ncivic action\n\nEmail your senators\n\nKey points:\n  • Keep the limits.\n").Actions[0];
        Assert.Equal((ActionType.CongressLetter, DraftKind.None), (points.Type, DraftKinds.Of(points)));
    }
}

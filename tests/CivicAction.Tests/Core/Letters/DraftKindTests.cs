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
    public void ACall_AndALetterToACommitteeChair_HaveNothingToDraft_Yet()
    {
        var brief = ParseFixture("calls_nested_emoji.txt");

        Assert.Equal(DraftKind.None, DraftKinds.Of(brief.Actions[0]));
        Assert.Equal(ActionChannel.Email, brief.Actions[1].Channel);
        Assert.Equal(DraftKind.None, DraftKinds.Of(brief.Actions[1]));
        Assert.Equal(DraftKind.FoiaRequest, DraftKinds.Of(brief.Actions[2]));
    }
}

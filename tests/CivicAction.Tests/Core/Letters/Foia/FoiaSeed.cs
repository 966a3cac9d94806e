using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Foia;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The seed brief's FOIA action (action 1, to DHS).</summary>
internal static class FoiaSeed
{
    public static BriefAction Action { get; } = LoadAction();

    public static Agency Dhs => AgencyDirectory.Default.Get("DHS")!;

    private static BriefAction LoadAction()
    {
        var result = BriefParser.Parse("000_e854b459b944895b.txt", File.ReadAllBytes(Fixtures.SeedBrief));
        Assert.Null(result.Error);
        var action = result.Brief!.Actions[0];
        Assert.Equal(ActionChannel.Foia, action.Channel);
        return action;
    }
}

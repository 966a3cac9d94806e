using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Foia;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The seed brief's FOIA action (action 1, to DHS), prefilled and completed by a requester.</summary>
internal static class FoiaSeed
{
    public static readonly DateOnly Today = new(2026, 11, 30);

    public static BriefAction Action { get; } = LoadAction();

    public static Agency Dhs => AgencyDirectory.Default.Get("DHS")!;

    /// <summary>The prefilled request with a requester's details, nothing else changed.</summary>
    public static FoiaRequest Filled => WithRequester(FoiaPrefill.From(Action));

    public static FoiaRequest WithRequester(FoiaRequest request) => request with
    {
        FullName = "Ann Example",
        Email = "ann@example.org",
        PostalAddress = "12 Main Street\nSpringfield, IL 62701",
        Phone = "(217) 555-0100",
    };

    public static FoiaLetter Draft(FoiaRequest request) => FoiaLetterDrafter.Draft(request, Dhs, Today);

    private static BriefAction LoadAction()
    {
        var result = BriefParser.Parse("000_e854b459b944895b.txt", File.ReadAllBytes(Fixtures.SeedBrief));
        Assert.Null(result.Error);
        var action = result.Brief!.Actions[0];
        Assert.Equal(ActionChannel.Foia, action.Channel);
        return action;
    }
}

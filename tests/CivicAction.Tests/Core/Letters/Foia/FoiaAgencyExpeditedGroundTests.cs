using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>
/// Expedited processing on a ground an agency's own regulation adds: 5 U.S.C. 552(a)(6)(E)(i)(II) lets each agency
/// provide for it "in other cases determined by the agency"; DOJ does in 28 CFR 16.5(e)(1)(iii)-(iv).
/// </summary>
public sealed class FoiaAgencyExpeditedGroundTests
{
    private static readonly Agency Doj = AgencyDirectory.Default.Get("DOJ")!;

    private static FoiaRequest OnDojGround(string ground) => FoiaSeed.Filled with
    {
        AgencyKey = "DOJ",
        ExpeditedRequested = true,
        ExpeditedGround = ExpeditedGround.AgencyRule,
        ExpeditedAgencyGround = ground,
        ExpeditedJustification = "My removal hearing is on January 12, 2027, and these records are my only evidence.",
        ExpeditedCertified = true,
    };

    [Fact]
    public void TheDirectoryListsDojsOwnGrounds_WithTheirSource()
    {
        Assert.Contains("The loss of substantial due process rights.", Doj.ExpeditedGrounds);
        Assert.StartsWith("28 CFR 16.5(e)(1)", Doj.ExpeditedSource!.Citation, StringComparison.Ordinal);
        // A DOJ component inherits them; DHS lists none of its own.
        Assert.Equal(Doj.ExpeditedGrounds, AgencyDirectory.Default.Get("FBI")!.ExpeditedGrounds);
        Assert.Empty(FoiaSeed.Dhs.ExpeditedGrounds);
    }

    [Fact]
    public void OneOfTheAgencysGrounds_PassesTheCheck_AndTheLetterQuotesAndCitesIt()
    {
        var request = OnDojGround(Doj.ExpeditedGrounds[0]);

        Assert.DoesNotContain(FoiaChecks.Check(request, Doj), c => c.Severity == Severity.Blocking);
        var expedited = FoiaLetterDrafter.Draft(request, Doj, FoiaSeed.Today).Part(FoiaLetterPart.Expedited)!;
        Assert.StartsWith("Expedited processing: I request expedited processing under 5 U.S.C. § 552(a)(6)(E) and 28 CFR 16.5(e)(1)(iii)-(iv), "
            + "on this ground of the agency's regulation: \u201CThe loss of substantial due process rights\u201D.", expedited, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", expedited, StringComparison.Ordinal);
        Assert.Contains("within 10 days", expedited, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A humanitarian need: disclosing the information will promote the welfare and interests of mankind.")] // DoD's, not DOJ's.
    public void AGroundTheAgencyDoesNotHave_IsBlocking_AndNeverReachesTheLetter(string ground)
    {
        var request = OnDojGround(ground);

        var check = Assert.Single(FoiaChecks.Check(request, Doj), c => c.Code == FoiaCheckCodes.ExpeditedAgencyGroundUnknown);
        Assert.Equal((nameof(FoiaRequest.ExpeditedAgencyGround), Severity.Blocking), (check.Field, check.Severity));
        var expedited = FoiaLetterDrafter.Draft(request, Doj, FoiaSeed.Today).Part(FoiaLetterPart.Expedited)!;
        Assert.DoesNotContain("humanitarian", expedited, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAgencyGround_ForAnAgencyWithoutOne_IsBlocking()
    {
        var request = OnDojGround(Doj.ExpeditedGrounds[0]) with { AgencyKey = "DHS" };

        Assert.Contains(FoiaChecks.Check(request, FoiaSeed.Dhs), c => c.Code == FoiaCheckCodes.ExpeditedAgencyGroundUnknown);
    }
}

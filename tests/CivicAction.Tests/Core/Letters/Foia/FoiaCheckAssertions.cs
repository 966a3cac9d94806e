using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The seed's filled request and short ways to assert what the checks say about a variant of it.</summary>
internal static class FoiaCheckAssertions
{
    public static FoiaRequest Good => FoiaSeed.Filled;

    public static IReadOnlyList<FieldCheck> Check(FoiaRequest request) => FoiaChecks.Check(request, FoiaSeed.Dhs);

    public static FieldCheck Single(FoiaRequest request, string code) =>
        Assert.Single(Check(request), c => c.Code == code);

    public static void None(FoiaRequest request, string code) =>
        Assert.DoesNotContain(Check(request), c => c.Code == code);
}

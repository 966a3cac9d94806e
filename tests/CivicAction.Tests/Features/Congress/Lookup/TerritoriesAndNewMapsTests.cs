using CivicAction.Tests.Support;
using CivicAction.Web.Features.Congress.Lookup;

namespace CivicAction.Tests.Features.Congress.Lookup;

/// <summary>
/// Where the ZIP table cannot be trusted or has nothing: territories found by their ZIP ranges, and states with new
/// maps from the 120th Congress on, whose ZIPs never name a member from the old map.
/// </summary>
public sealed class TerritoriesAndNewMapsTests(CongressData data) : IClassFixture<CongressData>
{
    [Theory]
    [InlineData("96910", "GU")]
    [InlineData("96932", "GU")]
    [InlineData("00802", "VI")]
    [InlineData("96799", "AS")]
    [InlineData("96950", "MP")]
    public void ATerritorysZip_IsItsOneSeat_WithItsDelegate_AndNoSenators(string zip, string territory)
    {
        var lookup = data.Store.FindByZip(zip);

        Assert.Equal(new CivicAction.Core.Congress.CongressionalDistrict(territory, 0), lookup.Single);
        var delegation = data.Store.FindDelegation(lookup.Single!).Delegation!;
        Assert.Empty(delegation.Senators);
        Assert.NotNull(delegation.House.Member);
    }

    [Fact]
    public void AZipNextToARange_IsNotTakenForATerritory() => Assert.Null(data.Store.FindByZip("96933").Single);

    [Theory]
    [InlineData("78701")] // Austin, Texas
    [InlineData("91711")] // Claremont, California
    [InlineData("63101")] // St. Louis, Missouri
    public void AZipInAStateWithNewMaps_NamesNoOldDistrict_FromTheNewCongressOn(string zip)
    {
        var before = data.StoreOn(new DateOnly(2027, 1, 2)).FindByZip(zip);
        var after = data.StoreOn(new DateOnly(2027, 1, 3)).FindByZip(zip);

        Assert.NotEmpty(before.Districts);
        Assert.Empty(after.Districts);
        Assert.Contains("new congressional districts", after.Error, StringComparison.Ordinal);
        Assert.Contains(CongressStore.OfficialFinder, after.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AZipInAStateWithTheSameMap_IsStillFound() =>
        Assert.Equal("WA-7", data.StoreOn(new DateOnly(2027, 2, 1)).FindByZip("98103").Single?.ToString());
}

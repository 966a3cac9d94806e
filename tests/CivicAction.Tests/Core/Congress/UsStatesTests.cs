using CivicAction.Core.Congress;

namespace CivicAction.Tests.Core.Congress;

public sealed class UsStatesTests
{
    [Fact]
    public void TheListHoldsFiftyStates_DC_AndFiveTerritories()
    {
        Assert.Equal(50, UsStates.All.Count(s => s.Kind == Jurisdiction.State));
        Assert.Equal(["DC"], UsStates.All.Where(s => s.Kind == Jurisdiction.FederalDistrict).Select(s => s.Code));
        Assert.Equal(["AS", "GU", "MP", "PR", "VI"], UsStates.All.Where(s => s.Kind == Jurisdiction.Territory).Select(s => s.Code).Order());
        Assert.Equal(56, UsStates.All.Select(s => s.Fips).Distinct().Count());
    }

    [Theory]
    [InlineData("WA", "WA")]
    [InlineData("wa", "WA")]
    [InlineData("Washington", "WA")]
    [InlineData("  new   york ", "NY")]
    [InlineData("District of Columbia", "DC")]
    [InlineData("Washington, D.C.", "DC")]
    [InlineData("Virgin Islands", "VI")]
    [InlineData("Puerto Rico", "PR")]
    public void AStateIsFoundByCodeOrName(string input, string code)
    {
        Assert.True(UsStates.TryFind(input, out var state));
        Assert.Equal(code, state.Code);
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData(null)]
    public void AnUnknownState_IsNotFound_AndTheMessageSaysWhatIsAccepted(string? input)
    {
        Assert.False(UsStates.TryFind(input, out _));
        Assert.Null(UsStates.Find(input, out var error));
        Assert.Contains("two-letter code such as WA", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WA", "Representative", true)]
    [InlineData("DC", "Delegate", false)]
    [InlineData("GU", "Delegate", false)]
    [InlineData("VI", "Delegate", false)]
    [InlineData("AS", "Delegate", false)]
    [InlineData("MP", "Delegate", false)]
    [InlineData("PR", "Resident Commissioner", false)]
    public void OnlyStatesHaveSenators_AndTheHouseTitleFollowsTheJurisdiction(string code, string title, bool senators)
    {
        var state = UsStates.Get(code);
        Assert.Equal((title, senators), (state.HouseTitle, state.HasSenators));
    }
}

using CivicAction.Core.Congress;

namespace CivicAction.Tests.Core.Congress;

public sealed class DistrictNumberTests
{
    [Theory]
    [InlineData("7", 7)]
    [InlineData("07", 7)]
    [InlineData(" 52 ", 52)]
    [InlineData("0", 0)]
    [InlineData("AL", 0)]
    [InlineData("at-large", 0)]
    [InlineData("At Large", 0)]
    public void DistrictNumbers_AreReadAsPeopleWriteThem(string input, int expected)
    {
        Assert.True(DistrictNumber.TryParse(input, out var district, out var error), error);
        Assert.Equal(expected, district);
    }

    [Theory]
    [InlineData("seven")]
    [InlineData("-1")]
    [InlineData("7.5")]
    [InlineData("100")]
    [InlineData("WA-7")]
    public void SomethingElse_IsRefused_WithWhatWasExpected(string input)
    {
        Assert.False(DistrictNumber.TryParse(input, out _, out var error));
        Assert.Equal($"'{input}' is not a district number: expected a number such as 7, or 0 (at-large) for a state with one seat.", error);
    }

    [Fact]
    public void NoDistrict_AsksForOne()
    {
        Assert.False(DistrictNumber.TryParse(" ", out _, out var error));
        Assert.StartsWith("Choose a district number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void DistrictsPrintAsStateAndNumber_OrAtLarge()
    {
        Assert.Equal("WA-7", new CongressionalDistrict("WA", 7).ToString());
        Assert.Equal("VT at-large", new CongressionalDistrict("VT", 0).ToString());
    }
}

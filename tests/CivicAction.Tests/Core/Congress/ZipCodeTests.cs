using CivicAction.Core.Congress;

namespace CivicAction.Tests.Core.Congress;

public sealed class ZipCodeTests
{
    [Theory]
    [InlineData("98101", "98101", null)]
    [InlineData(" 05401 ", "05401", null)]
    [InlineData("98101-1234", "98101", "1234")]
    [InlineData("98101 1234", "98101", "1234")]
    [InlineData("981011234", "98101", "1234")]
    public void ZipsAndZipPlusFour_AreRead_KeepingLeadingZeros(string input, string five, string? plusFour)
    {
        Assert.True(ZipCode.TryParse(input, out var zip, out var error), error);
        Assert.Equal((five, plusFour), (zip.Five, zip.PlusFour));
    }

    [Theory]
    [InlineData(null, "Enter a 5-digit ZIP code, e.g. 98101.")]
    [InlineData("  ", "Enter a 5-digit ZIP code, e.g. 98101.")]
    [InlineData("ABCDE", "'ABCDE' is not a ZIP code: a ZIP code has 5 digits, e.g. 98101 (or ZIP+4, e.g. 98101-1234).")]
    [InlineData("9810A", "'9810A' is not a ZIP code: a ZIP code has 5 digits, e.g. 98101 (or ZIP+4, e.g. 98101-1234).")]
    [InlineData("5401", "'5401' has 4 digits; a ZIP code has 5 (one that starts with 0 keeps it, e.g. 05401).")]
    [InlineData("981011", "'981011' has 6 digits; a ZIP code has 5, e.g. 98101 (or ZIP+4, e.g. 98101-1234).")]
    [InlineData("98101-12", "'98101-12' is not a ZIP code: expected 5 digits, or ZIP+4 written as 98101-1234.")]
    [InlineData("98101-1234-5", "'98101-1234-5' is not a ZIP code: expected 5 digits, or ZIP+4 written as 98101-1234.")]
    public void BadZips_AreRefused_WithWhatWasExpected(string? input, string message)
    {
        Assert.False(ZipCode.TryParse(input, out var zip, out var error));
        Assert.Null(zip);
        Assert.Equal(message, error);
    }

    [Fact]
    public void AZipPlusFour_PrintsWithItsHyphen()
    {
        ZipCode.TryParse("981011234", out var zip, out _);
        Assert.Equal("98101-1234", zip!.ToString());
    }
}

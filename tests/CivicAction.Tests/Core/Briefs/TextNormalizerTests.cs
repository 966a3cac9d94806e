using CivicAction.Core.Briefs;

namespace CivicAction.Tests.Core.Briefs;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Secretary Kristi NoemKristi Noem said", "Secretary Kristi Noem said")]
    [InlineData("President Nayib BukeleNayib Bukele.", "President Nayib Bukele.")]
    [InlineData("the Office of Management and BudgetOffice of Management and Budget reported", "the Office of Management and Budget reported")]
    [InlineData("the EPAEPA rule", "the EPA rule")]
    [InlineData("Sen. Mike LeeMike Lee (R-Utah)", "Sen. Mike Lee (R-Utah)")]
    [InlineData("Rep. Alexandria Ocasio-CortezAlexandria Ocasio-Cortez", "Rep. Alexandria Ocasio-Cortez")]
    [InlineData("NoemNoem", "Noem")]
    [InlineData("under EUEU rules", "under EU rules")]
    [InlineData("the UNUN report", "the UN report")]
    [InlineData("the EPAEPA and EUEU", "the EPA and EU")]
    public void DoubledLinkedNames_AreImportedOnce(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.RepairDoubledNames(text));

    [Theory]
    [InlineData("Walla Walla")]
    [InlineData("a bonbon shop")]
    [InlineData("Bonbon")]
    [InlineData("Baden-Baden")]
    [InlineData("TomTom maps")]
    [InlineData("Kristi Noem and Kristi Noem")]
    [InlineData("the U.S.")]
    [InlineData("DHS and ICE")]
    [InlineData("MAMA SAID")]
    [InlineData("a TUTU sale")]
    [InlineData("the DODO bird")]
    [InlineData("PAPA JOHN")]
    [InlineData("EU and EU")]
    public void RealWordsThatRepeatASyllable_AreLeftAlone(string text) =>
        Assert.Equal(text, TextNormalizer.RepairDoubledNames(text));

    [Fact]
    public void NonBreakingSpaces_BecomePlainSpaces()
    {
        Assert.Equal("On Nov. 26, 2025", TextNormalizer.NormalizeSpaces("On Nov.\u00A026,\u00A02025 "));
        Assert.Equal("a b", TextNormalizer.NormalizeSpaces("a \u202F\u2007 b"));
    }
}

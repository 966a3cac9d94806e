using CivicAction.Core.Letters.Congress.Cwc;

namespace CivicAction.Tests.Core.Letters.Congress.Cwc;

public sealed class CwcOfficeCodeTests
{
    [Theory]
    [InlineData("CA", 12, "HCA12")]
    [InlineData("WA", 7, "HWA07")]
    [InlineData("VT", 0, "HVT00")]
    [InlineData("dc", 0, "HDC00")]
    public void AHouseOffice_IsH_TheState_AndTheDistrictInTwoDigits(string state, int district, string code) =>
        Assert.Equal(code, CwcOfficeCode.House(state, district));

    [Theory]
    [InlineData(1, "SWA00")]
    [InlineData(2, "SWA01")]
    [InlineData(3, "SWA02")]
    public void ASenateOffice_IsS_TheState_AndTheClassLessOne(int senateClass, string code) =>
        Assert.Equal(code, CwcOfficeCode.Senate("WA", senateClass));

    [Fact]
    public void AnOfficeThatCannotBeNamed_HasNoCode()
    {
        Assert.Null(CwcOfficeCode.Senate("WA", null));
        Assert.Null(CwcOfficeCode.Senate("WA", 4));
        Assert.Null(CwcOfficeCode.House("Washington", 7));
        Assert.Null(CwcOfficeCode.House("WA", 100));
        Assert.False(CwcOfficeCode.IsValid("SWA03"));
        Assert.True(CwcOfficeCode.IsValid("HPR00"));
    }
}

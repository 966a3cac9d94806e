using CivicAction.Core.Deadlines;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>Appeals go to the appeal office the directory gives, within its window, not to the office that processed the request.</summary>
public sealed class FoiaAppealOfficeTests
{
    private static readonly AgencyDirectory Directory = AgencyDirectory.Default;

    private static FoiaCase Case(string? key) =>
        new(FoiaSeed.Filled with { AgencyKey = key, AgencyName = key is null ? "Federal Maritime Commission" : "" }, Directory.Get(key),
            "detention contracts", new DateOnly(2026, 2, 2), "X-1", new DateOnly(2026, 3, 3));

    private static string? AppealRecipient(string? key) =>
        FoiaFollowUps.Appeal(Case(key), AppealGround.Denied, new DateOnly(2026, 3, 2), null, FoiaSeed.Today).Part(FoiaLetterPart.Recipient);

    [Theory]
    [InlineData("FBI")]
    [InlineData("DEA")]
    [InlineData("DOJ")]
    public void DojComponentAppeals_AreAddressedToTheOfficeOfInformationPolicy(string key)
    {
        // 28 CFR 16.8(a): OIP decides appeals of every DOJ component's determinations.
        Assert.Equal("Office of Information Policy\nU.S. Department of Justice\n6th Floor\n441 G Street NW\nWashington, DC 20530-0001", AppealRecipient(key));
    }

    [Fact]
    public void DhsComponentAppeals_AreAddressedToThatComponentsAppealsOfficer()
    {
        // 6 CFR 5.8(a)(1): "to the appropriate Appeals Officer" of the component that responded.
        Assert.Equal("FOIA Appeals Officer\nU.S. Immigration and Customs Enforcement", AppealRecipient("ICE"));
        Assert.Equal("FOIA Appeals Officer\nU.S. Department of Homeland Security", AppealRecipient("DHS"));
    }

    [Fact]
    public void AnAgencyWithoutAnAppealOffice_IsAppealedWhereTheRequestWent()
    {
        Assert.Equal("FOIA Officer\nFederal Maritime Commission", AppealRecipient(null));
        Assert.Equal("FOIA Officer\nU.S. Securities and Exchange Commission", AppealRecipient("SEC"));
    }

    [Theory]
    // DHS, 6 CFR 5.8(a)(1): 90 working days. From Monday, March 2, 2026: 18 weeks of 5 working days, less Memorial Day
    // (May 25), Juneteenth (June 19), Independence Day observed (Friday, July 3) = 3 holidays, so 3 more working days.
    [InlineData("ICE", 2026, 7, 9)]
    // Interior, 43 CFR 2.58: 90 workdays, the same count.
    [InlineData("DOI", 2026, 7, 9)]
    // EPA, 40 CFR 2.108(a): 90 calendar days: March 2 + 90 = May 31, 2026.
    [InlineData("EPA", 2026, 5, 31)]
    // DOJ through OIP, 90 calendar days; HHS, 45 CFR 5.61, 90 calendar days.
    [InlineData("FBI", 2026, 5, 31)]
    [InlineData("CDC", 2026, 5, 31)]
    public void AppealDeadline_FollowsTheDirectorysWindow(string key, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), FoiaFollowUps.AppealDeadline(new DateOnly(2026, 3, 2), Directory.Get(key)));
    }

    [Fact]
    public void WorkingDayWindows_ComeFromTheDirectory_NotAHardCodedList()
    {
        Assert.All(Directory.Agencies.Where(a => a.Key == "DHS" || a.ParentKey == "DHS"), a => Assert.Equal(AppealRule.WorkingDays(90), FoiaFollowUps.AppealRuleFor(a)));
        Assert.Equal(AppealRule.Statutory, FoiaFollowUps.AppealRuleFor(Directory.Get("SEC")));
        Assert.Equal(AppealRule.Statutory, FoiaFollowUps.AppealRuleFor(null));
    }
}

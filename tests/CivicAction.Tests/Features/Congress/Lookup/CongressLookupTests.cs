using CivicAction.Tests.Support;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;

namespace CivicAction.Tests.Features.Congress.Lookup;

/// <summary>The lookups on SQLite.</summary>
public sealed class CongressLookupOnSqliteTests(CongressData data) : CongressLookupTests(data), IClassFixture<CongressData>;

/// <summary>The lookups on PostgreSQL.</summary>
public sealed class CongressLookupOnPostgresTests(PostgresCongressData data) : CongressLookupTests(data), IClassFixture<PostgresCongressData>;

/// <summary>Who represents a person, looked up in the real legislators and ZIP data.</summary>
public abstract class CongressLookupTests(CongressData data)
{
    private readonly CongressStore _store = data.Store;

    private static string Names(IEnumerable<CongressMember> members) => string.Join(", ", members.Select(m => m.LastName));

    private Delegation Delegation(string state, string district)
    {
        var lookup = _store.FindDelegation(state, district);
        Assert.True(lookup.IsFound, lookup.Error);
        return lookup.Delegation!;
    }

    [Fact]
    public void ASeattleZip_LiesInOneDistrict_WithTwoSenatorsAndItsRepresentative()
    {
        var zip = _store.FindByZip("98103");

        Assert.True(zip.IsFound, zip.Error);
        Assert.Equal("WA-7", zip.Single?.ToString());
        Assert.Null(zip.Note);

        var delegation = _store.FindDelegation(zip.Single!).Delegation!;
        Assert.Equal("Murray, Cantwell", Names(delegation.Senators)); // senior first
        Assert.Equal("Jayapal", delegation.House.Member?.LastName);
        Assert.Equal("Representative", delegation.House.Title);
        Assert.Equal(["Senator", "Senator", "Representative"], delegation.Members.Select(m => m.Title));
        Assert.Empty(delegation.Notes);
    }

    [Fact]
    public void ZipPlusFour_IsLookedUpByItsFirstFiveDigits()
    {
        var zip = _store.FindByZip("98103-1234");

        Assert.Equal("98103", zip.Zip?.Five);
        Assert.Equal("WA-7", zip.Single?.ToString());
    }

    [Fact]
    public void AZipInSixDistricts_ReturnsAllSix_AndPicksNone()
    {
        var zip = _store.FindByZip("91711");

        Assert.True(zip.IsFound, zip.Error);
        Assert.Equal(["CA-27", "CA-28", "CA-29", "CA-30", "CA-31", "CA-35"], zip.Districts.Select(d => d.ToString()));
        Assert.True(zip.SpansDistricts);
        Assert.False(zip.SpansStates);
        Assert.Null(zip.Single);
        Assert.Contains("touches 6 districts", zip.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void AZipCrossingAStateLine_ReturnsBothStates_EachWithItsOwnSenators()
    {
        var zip = _store.FindByZip("30165");

        Assert.Equal(["AL-3", "GA-14"], zip.Districts.Select(d => d.ToString()));
        Assert.True(zip.SpansStates);
        Assert.Contains("crosses a state line", zip.Note, StringComparison.Ordinal);

        var alabama = _store.FindDelegation(zip.Districts[0]).Delegation!;
        var georgia = _store.FindDelegation(zip.Districts[1]).Delegation!;
        Assert.Equal("Tuberville, Britt", Names(alabama.Senators));
        Assert.Equal("Rogers", alabama.House.Member?.LastName);
        Assert.Equal("Ossoff, Warnock", Names(georgia.Senators));
        Assert.Equal("Fuller", georgia.House.Member?.LastName);
    }

    [Theory]
    [InlineData("05401", "VT", "Balint", "Sanders, Welch")]
    [InlineData("82001", "WY", "Hageman", "Barrasso, Lummis")]
    public void AnAtLargeStatesZip_IsDistrictZero_WithItsOneRepresentative(string zipCode, string state, string representative, string senators)
    {
        var zip = _store.FindByZip(zipCode);

        Assert.Equal(state, zip.Single?.State);
        Assert.True(zip.Single?.IsAtLarge);
        Assert.Equal($"{state} at-large", zip.Single?.ToString());
        var delegation = _store.FindDelegation(zip.Single!).Delegation!;
        Assert.Equal(representative, delegation.House.Member?.LastName);
        Assert.Equal(senators, Names(delegation.Senators));
    }

    [Theory]
    [InlineData("20510")]
    [InlineData("20001")]
    public void AWashingtonDcZip_HasADelegate_AndNoSenators_AndSaysSo(string zipCode)
    {
        var zip = _store.FindByZip(zipCode);
        var delegation = _store.FindDelegation(zip.Single!).Delegation!;

        Assert.Equal("DC at-large", zip.Single!.ToString());
        Assert.Empty(delegation.Senators);
        Assert.Equal("Norton", delegation.House.Member?.LastName);
        Assert.Equal("Delegate", delegation.House.Member?.Title);
        Assert.Contains(delegation.Notes, n => n.StartsWith("District of Columbia has no senators", StringComparison.Ordinal));
    }

    [Fact]
    public void PuertoRico_HasAResidentCommissioner()
    {
        var delegation = Delegation("PR", "0");

        Assert.Equal("Resident Commissioner", delegation.House.Title);
        Assert.Equal("Hernández Rivera", delegation.House.Member?.LastName);
        Assert.Empty(delegation.Senators);
    }

    [Theory]
    [InlineData("78001", "TX-23")]
    [InlineData("94541", "CA-14")]
    public void AVacantSeat_IsReturnedAsVacant_WithTheStatesSenators(string zipCode, string seat)
    {
        var zip = _store.FindByZip(zipCode);
        var delegation = _store.FindDelegation(zip.Single!).Delegation!;

        Assert.Equal(seat, delegation.House.District.ToString());
        Assert.True(delegation.House.IsVacant);
        Assert.Null(delegation.House.Member);
        Assert.Equal(2, delegation.Senators.Count);
        Assert.Contains($"The seat of {seat} is vacant in the data as of 2026-06-15", delegation.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Guam_IsNotInTheZipTable_ButFoundByStateAndDistrict()
    {
        var delegation = Delegation("GU", "0");

        Assert.Equal("Moylan", delegation.House.Member?.LastName);
        Assert.Equal("Delegate", delegation.House.Title);
        Assert.Empty(delegation.Senators);
        Assert.Contains(delegation.Notes, n => n.StartsWith("Guam has no senators", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("wa", "7", "Jayapal")]
    [InlineData("Washington", "07", "Jayapal")]
    [InlineData("Vermont", "at-large", "Balint")]
    [InlineData("VT", "AL", "Balint")]
    public void StateAndDistrict_AreReadAsPeopleWriteThem(string state, string district, string representative) =>
        Assert.Equal(representative, Delegation(state, district).House.Member?.LastName);

    [Fact]
    public void Members_ComeWithTheirDistrictOffices()
    {
        var jayapal = Delegation("WA", "7").House.Member!;

        var office = Assert.Single(jayapal.DistrictOffices);
        Assert.Equal(("2033 6th Ave.", "Suite 1011", "Seattle", "WA", "98121", "206-674-0040"),
            (office.Address, office.Suite, office.City, office.State, office.Zip, office.Phone));
        Assert.Equal("202-225-3106", jayapal.Phone);
        Assert.Equal("Democrat", jayapal.Party);
    }

    [Fact]
    public void ARepresentativeWithoutAnOfficialName_IsNamedByFirstAndLastName()
    {
        var gallagher = Delegation("CA", "1").House.Member!;

        Assert.Equal("G000607", gallagher.BioguideId);
        Assert.Equal("James Gallagher", gallagher.OfficialName);
        Assert.Null(gallagher.Phone);
        Assert.Null(gallagher.WebsiteUrl);
        Assert.Empty(gallagher.DistrictOffices);
    }

    [Fact]
    public void RandyFinesContactForm_HasItsDoubledSchemeRepaired()
    {
        var fine = Delegation("FL", "6").House.Member!;

        Assert.Equal("F000484", fine.BioguideId);
        Assert.Equal("https://fine.house.gov/address_authentication?form=/contact/email-me", fine.ContactFormUrl);
    }

    [Fact]
    public void SenatorsCarryTheYamlOnlyFields()
    {
        var murray = Delegation("WA", "7").Senators[0];

        Assert.Equal(("senior", 3, new DateOnly(2029, 1, 3)), (murray.StateRank, murray.SenateClass, murray.TermEnd));
        Assert.Null(murray.District);
        Assert.Equal(Chamber.Senate, murray.Chamber);
    }

    [Theory]
    [InlineData("ABCDE", "'ABCDE' is not a ZIP code: a ZIP code has 5 digits")]
    [InlineData("9810", "'9810' has 4 digits; a ZIP code has 5")]
    [InlineData("981031", "'981031' has 6 digits; a ZIP code has 5")]
    [InlineData("", "Enter a 5-digit ZIP code")]
    [InlineData("20500", "ZIP 20500 is not in the ZIP-to-district table")]
    public void BadOrUnknownZips_AreAnsweredWithAMessage(string input, string message)
    {
        var zip = _store.FindByZip(input);

        Assert.False(zip.IsFound);
        Assert.Empty(zip.Districts);
        Assert.StartsWith(message, zip.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownZip_SuggestsChoosingStateAndDistrict() =>
        Assert.EndsWith("choose your state and district instead.", _store.FindByZip("20500").Error, StringComparison.Ordinal);

    [Theory]
    [InlineData("ZZ", "7", "'ZZ' is not a US state, DC or territory")]
    [InlineData("", "7", "Choose a state")]
    [InlineData("WA", "seven", "'seven' is not a district number")]
    [InlineData("WA", "11", "Washington has no district 11: its districts are 1 to 10.")]
    [InlineData("WA", "0", "Washington has no at-large seat: its districts are 1 to 10.")]
    [InlineData("VT", "1", "Vermont has a single at-large seat: choose district 0 (at-large), not 1.")]
    [InlineData("DC", "2", "District of Columbia has a single at-large seat")]
    [InlineData("CA", "53", "California has no district 53: its districts are 1 to 52.")]
    public void BadStateOrDistrict_IsAnsweredWithAMessage(string state, string district, string message)
    {
        var lookup = _store.FindDelegation(state, district);

        Assert.False(lookup.IsFound);
        Assert.StartsWith(message, lookup.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDataset_SaysWhatItIsAndAsOfWhen()
    {
        var legislators = _store.Dataset(Dataset.Legislators)!;

        Assert.Equal(new DateOnly(2026, 6, 15), legislators.AsOf);
        Assert.Equal(AsOfBasis.Given, legislators.AsOfBasis);
        Assert.Equal(537, legislators.RowCount);
        Assert.Equal("legislators-current.yaml, legislators-district-offices.yaml", legislators.Source);
        Assert.Equal("537 members (100 senators, 437 House), 1312 district offices", legislators.Detail);
    }
}

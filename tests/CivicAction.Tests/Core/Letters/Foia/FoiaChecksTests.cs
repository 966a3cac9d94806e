using CivicAction.Core.Letters.Foia;
using CivicAction.Core.Letters;
using static CivicAction.Tests.Core.Letters.Foia.FoiaCheckAssertions;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>Every check of <see cref="FoiaChecks"/>, firing on the input it is for and silent on good input.</summary>
public sealed class FoiaChecksTests
{
    [Fact]
    public void FilledSeedRequest_PassesEveryCheck()
    {
        Assert.Empty(Check(Good));
        Assert.True(FieldCheck.AllowSending(Check(Good)));
    }

    [Fact]
    public void PrefilledSeed_WithoutARequester_IsBlockedOnNameEmailAndAddress_Only()
    {
        var checks = Check(FoiaPrefill.From(FoiaSeed.Action));

        Assert.Equal(
            [
                (nameof(FoiaRequest.FullName), Severity.Blocking, FoiaCheckCodes.Required),
                (nameof(FoiaRequest.Email), Severity.Blocking, FoiaCheckCodes.Required),
                (nameof(FoiaRequest.PostalAddress), Severity.Blocking, FoiaCheckCodes.Required),
            ],
            checks.Select(c => (c.Field, c.Severity, c.Code)));
        Assert.False(FieldCheck.AllowSending(checks));
    }

    [Theory]
    [InlineData(nameof(FoiaRequest.FullName))]
    [InlineData(nameof(FoiaRequest.Email))]
    [InlineData(nameof(FoiaRequest.PostalAddress))]
    public void MissingRequesterDetail_IsBlocking_AndSaysWhatIsExpected(string field)
    {
        var request = field switch
        {
            nameof(FoiaRequest.FullName) => Good with { FullName = "  " },
            nameof(FoiaRequest.Email) => Good with { Email = "" },
            _ => Good with { PostalAddress = null! }, // model binding turns an empty input into null
        };

        var check = Assert.Single(Check(request));

        Assert.Equal((field, Severity.Blocking, FoiaCheckCodes.Required), (check.Field, check.Severity, check.Code));
        Assert.StartsWith("Enter your ", check.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ann")]
    [InlineData("ann@")]
    [InlineData("@example.org")]
    [InlineData("ann@example")]
    [InlineData("ann@@example.org")]
    [InlineData("Ann <ann@example.org>")]
    [InlineData("ann@example.org, bob@example.org")]
    [InlineData("ann example@example.org")]
    [InlineData(".ann@example.org")]
    [InlineData("ann..b@example.org")]
    [InlineData("ann@-example.org")]
    public void InvalidEmail_IsBlocking(string email)
    {
        var check = Single(Good with { Email = email }, FoiaCheckCodes.InvalidEmail);

        Assert.Equal(nameof(FoiaRequest.Email), check.Field);
        Assert.Equal(Severity.Blocking, check.Severity);
        Assert.Contains("name@example.org", check.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ann@example.org")]
    [InlineData("ann.b+foia@mail.example.co.uk")]
    [InlineData(" ann@example.org ")]
    public void ValidEmail_PassesTheCheck(string email)
    {
        None(Good with { Email = email }, FoiaCheckCodes.InvalidEmail);
    }

    [Fact]
    public void HeaderInjection_InTheName_IsBlocking()
    {
        var checks = Check(Good with { FullName = "Ann\r\nBcc: x@y.z" });

        var check = Assert.Single(checks);
        Assert.Equal((nameof(FoiaRequest.FullName), Severity.Blocking, FoiaCheckCodes.LineBreakOrControl), (check.Field, check.Severity, check.Code));
        Assert.Contains("one line", check.Message, StringComparison.Ordinal);
        Assert.False(FieldCheck.AllowSending(checks));
    }

    [Theory]
    [InlineData(nameof(FoiaRequest.FullName), "Ann\nBcc: x@y.z")]
    [InlineData(nameof(FoiaRequest.Email), "ann@example.org\r\nBcc: x@y.z")]
    [InlineData(nameof(FoiaRequest.Phone), "555-0100\rX-Header: 1")]
    [InlineData(nameof(FoiaRequest.Organization), "Gazette\u2028Bcc: x@y.z")]
    [InlineData(nameof(FoiaRequest.AgencyName), "DHS\u0085Bcc: x@y.z")]
    [InlineData(nameof(FoiaRequest.Subject), "CECOT\tnotes")]
    [InlineData(nameof(FoiaRequest.Subject), "CECOT\0")]
    public void LineBreaksAndControls_InSingleLineFields_AreBlocking(string field, string value)
    {
        var request = field switch
        {
            nameof(FoiaRequest.FullName) => Good with { FullName = value },
            nameof(FoiaRequest.Email) => Good with { Email = value },
            nameof(FoiaRequest.Phone) => Good with { Phone = value },
            nameof(FoiaRequest.Organization) => Good with { Organization = value },
            nameof(FoiaRequest.AgencyName) => Good with { AgencyName = value },
            _ => Good with { Subject = value },
        };

        var check = Assert.Single(Check(request));

        Assert.Equal((field, Severity.Blocking, FoiaCheckCodes.LineBreakOrControl), (check.Field, check.Severity, check.Code));
    }

    [Fact]
    public void LineBreaks_InMultiLineFields_AreFine()
    {
        Assert.Empty(Check(Good with { PostalAddress = "12 Main Street\r\nApt 4\r\nSpringfield, IL 62701", Context = "One.\n\nTwo." }));
    }

    [Theory]
    [InlineData(nameof(FoiaRequest.FullName))]
    [InlineData(nameof(FoiaRequest.RecordsDescription))]
    [InlineData(nameof(FoiaRequest.Context))]
    [InlineData(nameof(FoiaRequest.Questions))]
    public void Placeholder_LeftInAnyText_IsBlocking(string field)
    {
        var request = field switch
        {
            nameof(FoiaRequest.FullName) => Good with { FullName = "[Your Name]" },
            nameof(FoiaRequest.RecordsDescription) => Good with { RecordsDescription = Good.RecordsDescription + " at [Facility Name]" },
            nameof(FoiaRequest.Context) => Good with { Context = "Dear [Representative/Senator Name], [Your Name] here." },
            _ => Good with { Questions = ["Who decided?", "Did [Official] approve?"] },
        };

        var check = Single(request, FoiaCheckCodes.Placeholder);

        Assert.Equal(field, check.Field);
        Assert.Equal(Severity.Blocking, check.Severity);
        Assert.StartsWith("Replace [", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_MessageNamesEachBlankOnce()
    {
        var check = Single(Good with { Context = "[A] and [B] and [A] again." }, FoiaCheckCodes.Placeholder);

        Assert.StartsWith("Replace [A], [B] with your own words", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Placeholder_DoesNotFireOnFootnotesOrOnTextThatIsNotSent()
    {
        None(Good with { Context = "As reported [1], transfers continued." }, FoiaCheckCodes.Placeholder);
        None(Good with { FeeWaiverJustification = "[Why]", ExpeditedJustification = "[Why]" }, FoiaCheckCodes.Placeholder);
    }

    [Fact]
    public void Placeholder_InAJustificationThatIsSent_IsBlocking()
    {
        var check = Single(Good with
        {
            FeeWaiverRequested = true,
            FeeWaiverJustification = "I will publish them for the public about agency operations; I have no commercial interest. [Outlet]",
        }, FoiaCheckCodes.Placeholder);

        Assert.Equal(nameof(FoiaRequest.FeeWaiverJustification), check.Field);
    }

    [Fact]
    public void NoDateRange_IsAWarning()
    {
        var checks = Check(Good with { DateRangeFrom = null, DateRangeTo = null, ToPresent = false });

        var check = Assert.Single(checks);
        Assert.Equal((nameof(FoiaRequest.DateRangeFrom), Severity.Warning, FoiaCheckCodes.NoDateRange), (check.Field, check.Severity, check.Code));
        Assert.True(FieldCheck.AllowSending(checks));
    }

    [Fact]
    public void DateRange_WithOnlyAnEnd_IsARange()
    {
        None(Good with { DateRangeFrom = null, DateRangeTo = new DateOnly(2025, 6, 30), ToPresent = false }, FoiaCheckCodes.NoDateRange);
    }

    [Fact]
    public void DateRange_EndingBeforeItStarts_IsBlocking()
    {
        var check = Single(Good with { DateRangeFrom = new DateOnly(2025, 6, 30), DateRangeTo = new DateOnly(2025, 1, 1), ToPresent = false },
            FoiaCheckCodes.DateRangeReversed);

        Assert.Equal(Severity.Blocking, check.Severity);
        Assert.Contains("January 1, 2025", check.Message, StringComparison.Ordinal);
        None(Good with { DateRangeFrom = new DateOnly(2025, 1, 1), DateRangeTo = new DateOnly(2025, 1, 1), ToPresent = false }, FoiaCheckCodes.DateRangeReversed);
    }

    [Fact]
    public void DateRange_WithAnEndDateAndToThePresent_IsBlocking()
    {
        var check = Single(Good with { DateRangeTo = new DateOnly(2025, 6, 30), ToPresent = true }, FoiaCheckCodes.DateRangeAmbiguous);

        Assert.Equal(Severity.Blocking, check.Severity);
    }

    [Theory]
    [InlineData("All records.")]
    [InlineData("Any information about CECOT.")]
    [InlineData("All documents and records relating to the agency's policies.")]
    [InlineData("Everything you have on me")]
    public void VagueRecordsDescription_IsAWarning(string description)
    {
        var check = Single(Good with { RecordsDescription = description }, FoiaCheckCodes.VagueRecords);

        Assert.Equal(Severity.Warning, check.Severity);
        Assert.Contains("kind of documents", check.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("All records about CECOT transfers in 2025.", 3)]
    [InlineData("Memoranda on CECOT transfers since 2025.", 4)]
    [InlineData("Any information about case A-123456 and flight N-700.", 4)]
    [InlineData("Any information from 2025.", 1)]
    [InlineData("E-mails between Secretary Noem and Salvadoran officials.", 5)]
    public void SpecificTerms_AreCountedByTheDocumentedRule(string description, int expected)
    {
        Assert.Equal(expected, FoiaChecks.SpecificTerms(description));
    }

    [Fact]
    public void SpecificRecordsDescription_IsNotVague()
    {
        None(Good with { RecordsDescription = "All records about CECOT transfers in 2025." }, FoiaCheckCodes.VagueRecords);
    }

    [Fact]
    public void MissingRecordsDescription_IsBlocking()
    {
        var check = Single(Good with { RecordsDescription = "" }, FoiaCheckCodes.Required);

        Assert.Equal((nameof(FoiaRequest.RecordsDescription), Severity.Blocking), (check.Field, check.Severity));
    }
}

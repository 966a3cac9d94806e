using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Foia;
using static CivicAction.Tests.Core.Letters.Foia.FoiaCheckAssertions;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>
/// A request for one's own records: the Privacy Act of 1974 (5 U.S.C. 552a(d)(1)) gives access beside FOIA, and the
/// agency verifies identity first (DOJ 28 CFR 16.41(d), DHS 6 CFR 5.21(d): full name, current address, date and place
/// of birth, signed under penalty of perjury per 28 U.S.C. 1746 or notarized).
/// </summary>
public sealed class FoiaOwnRecordsTests
{
    private static FoiaRequest Own => Good with
    {
        RecordsDescription = "My immigration file (A-file), including every record of my detention in 2025.",
        OwnRecords = true,
        DateOfBirth = new DateOnly(1988, 4, 2),
        PlaceOfBirth = "San Salvador, El Salvador",
        IdentityDeclared = true,
    };

    [Fact]
    public void Complete_PassesTheChecks_AndTheLetterAsksUnderBothActs_WithTheSwornStatement()
    {
        Assert.Empty(Check(Own));

        var letter = FoiaSeed.Draft(Own);

        Assert.Contains("Privacy Act of 1974, 5 U.S.C. § 552a(d)(1)", letter.Part(FoiaLetterPart.PrivacyAct)!, StringComparison.Ordinal);
        var identity = letter.Part(FoiaLetterPart.Identity)!;
        Assert.Contains("My full name is Ann Example. I was born on April 2, 1988 in San Salvador, El Salvador.", identity, StringComparison.Ordinal);
        Assert.Contains("I declare under penalty of perjury that the foregoing is true and correct.", identity, StringComparison.Ordinal);
        Assert.Contains("5 U.S.C. § 552a(i)(3)", identity, StringComparison.Ordinal);
        Assert.EndsWith("Executed on November 30, 2026.", identity, StringComparison.Ordinal);
        // The statement comes after what it swears to and before the signature; the Privacy Act right after the opening.
        var parts = letter.Sections.Select(s => s.Part).ToList();
        Assert.Equal(parts.IndexOf(FoiaLetterPart.Opening) + 1, parts.IndexOf(FoiaLetterPart.PrivacyAct));
        Assert.Equal(parts.IndexOf(FoiaLetterPart.Signature) - 1, parts.IndexOf(FoiaLetterPart.Identity));
    }

    [Fact]
    public void NotOwnRecords_TheLetterHasNeitherPart_NorTheBirthDetails()
    {
        var letter = FoiaSeed.Draft(Own with { OwnRecords = false });

        Assert.Null(letter.Part(FoiaLetterPart.PrivacyAct));
        Assert.Null(letter.Part(FoiaLetterPart.Identity));
        Assert.DoesNotContain("1988", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("San Salvador", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingBirthDetails_AndTheDeclaration_AreBlocking()
    {
        var checks = Check(Own with { DateOfBirth = null, PlaceOfBirth = " ", IdentityDeclared = false });

        Assert.Contains(checks, c => (c.Field, c.Code, c.Severity) == (nameof(FoiaRequest.DateOfBirth), FoiaCheckCodes.Required, Severity.Blocking));
        Assert.Contains(checks, c => (c.Field, c.Code, c.Severity) == (nameof(FoiaRequest.PlaceOfBirth), FoiaCheckCodes.Required, Severity.Blocking));
        Assert.Contains(checks, c => (c.Field, c.Code, c.Severity) == (nameof(FoiaRequest.IdentityDeclared), FoiaCheckCodes.IdentityNotDeclared, Severity.Blocking));
        // Without the declaration the letter swears nothing.
        Assert.DoesNotContain("penalty of perjury", FoiaSeed.Draft(Own with { IdentityDeclared = false }).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("My immigration file (A-file) and all records about me.", "My immigration file")]
    [InlineData("All records on me held by the field office since 2019.", "on me")]
    [InlineData("Copies of my FBI file.", "my FBI file")]
    public void ADescriptionAboutTheRequester_SuggestsTheChoice(string description, string quoted)
    {
        var check = Single(Good with { RecordsDescription = description }, FoiaCheckCodes.OwnRecordsSuggested);

        Assert.Equal((nameof(FoiaRequest.OwnRecords), Severity.Warning), (check.Field, check.Severity));
        Assert.Contains(quoted, check.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Memoranda on the transfer of detainees to CECOT in March 2025.")]
    [InlineData("Records of Secretary Noem's decisions about me-too complaints.")]
    public void ADescriptionAboutOthers_SuggestsNothing(string description)
    {
        None(Good with { RecordsDescription = description }, FoiaCheckCodes.OwnRecordsSuggested);
    }

    [Fact]
    public void PlaceOfBirth_IsOneLine()
    {
        Assert.Contains(Check(Own with { PlaceOfBirth = "Austin\nBcc: x@example.org" }),
            c => (c.Field, c.Code) == (nameof(FoiaRequest.PlaceOfBirth), FoiaCheckCodes.LineBreakOrControl));
    }
}

using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The letter for the seed brief's FOIA action to DHS, checked part by part.</summary>
public sealed class FoiaLetterDrafterTests
{
    private const string SeedSubject =
        "Freedom of Information Act Request: legal justification behind deporting Venezuelan detainees to El Salvador's CECOT prison";

    private static readonly FoiaLetter Letter = FoiaSeed.Draft(FoiaSeed.Filled);

    [Fact]
    public void Letter_StartsWithTodaysDate()
    {
        Assert.Equal("November 30, 2026", Letter.Part(FoiaLetterPart.Date));
        Assert.StartsWith("November 30, 2026\n\nFOIA Officer\n", Letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_IsAddressedToTheDhsFoiaOffice()
    {
        Assert.Equal("FOIA Officer\nPrivacy Office\nU.S. Department of Homeland Security", Letter.Part(FoiaLetterPart.Recipient));
    }

    [Fact]
    public void Letter_SubjectNamesTheActAndTheTopic()
    {
        Assert.Equal(SeedSubject, Letter.Subject);
        Assert.Equal("Subject: " + SeedSubject, Letter.Part(FoiaLetterPart.Subject));
    }

    [Fact]
    public void Letter_OpeningCitesTheFreedomOfInformationAct_5Usc552()
    {
        Assert.Equal("Dear FOIA Officer:", Letter.Part(FoiaLetterPart.Salutation));
        Assert.Equal(
            "Under the Freedom of Information Act, 5 U.S.C. § 552, I request copies of the records described below.",
            Letter.Part(FoiaLetterPart.Opening));
    }

    [Fact]
    public void Letter_GivesTheBriefsContext()
    {
        var context = Letter.Part(FoiaLetterPart.Context)!;

        Assert.StartsWith("I'm submitting a Freedom of Information Act request for records that explain", context, StringComparison.Ordinal);
        Assert.Contains("\n- Human rights investigators and journalists have documented", context, StringComparison.Ordinal);
        Assert.EndsWith("with little legal recourse.", context, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_DescribesTheRecords()
    {
        Assert.Equal(
            "Records requested:\nI request copies of all legal memoranda, policy directives, interagency correspondence, "
            + "and agreements from January 1, 2025 to the present that authorize or describe deportations of Venezuelan "
            + "detainees from U.S. custody to El Salvador's CECOT prison.",
            Letter.Part(FoiaLetterPart.Records));
    }

    [Fact]
    public void Letter_DateRange_RunsFromJanuary1_2025_ToThePresent()
    {
        Assert.Equal(
            "This request covers records from January 1, 2025 to the present, meaning the date on which you begin your search.",
            Letter.Part(FoiaLetterPart.DateRange));
    }

    [Fact]
    public void Letter_ListsEachOfTheThreeQuestions_Numbered()
    {
        var questions = Letter.Part(FoiaLetterPart.Questions)!;

        Assert.Contains("\n1. What statutes, regulations, or legal opinions did DHS rely on to authorize transferring detainees from U.S. custody to a foreign prison facility in El Salvador?\n", questions, StringComparison.Ordinal);
        Assert.Contains("\n2. Did DHS conduct any human rights or conditions-of-confinement review of CECOT before approving these transfers, and if so, what did those reviews conclude?\n", questions, StringComparison.Ordinal);
        Assert.Contains("\n3. What agreements or memoranda of understanding exist between DHS and Salvadoran authorities regarding the transfer, custody, and treatment of Venezuelan detainees at CECOT?\n", questions, StringComparison.Ordinal);
        Assert.DoesNotContain("\n4. ", questions, StringComparison.Ordinal);
        Assert.EndsWith("only for the existing records that address them.", questions, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_AsksForElectronicRecords_Citing552a3B()
    {
        var format = Letter.Part(FoiaLetterPart.Format)!;

        Assert.StartsWith("Format: please provide the records in electronic form, as 5 U.S.C. § 552(a)(3)(B) provides", format, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_AsksForPaper_WhenChosen()
    {
        var format = FoiaSeed.Draft(FoiaSeed.Filled with { PreferredFormat = RecordFormat.Paper }).Part(FoiaLetterPart.Format)!;

        Assert.Equal("Format: please provide paper copies of the records, sent to my postal address below.", format);
    }

    [Fact]
    public void Letter_AsksForSegregablePortions_AndTheExemptionForEachWithholding()
    {
        var segregability = Letter.Part(FoiaLetterPart.Segregability)!;

        Assert.Contains("release every reasonably segregable portion, as 5 U.S.C. § 552(b) requires", segregability, StringComparison.Ordinal);
        Assert.Contains("cite the specific exemption you rely on for each withholding", segregability, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_CitesTwentyWorkingDays()
    {
        Assert.Equal(
            "I look forward to your determination within 20 working days of receipt, as 5 U.S.C. § 552(a)(6)(A)(i) provides.",
            Letter.Part(FoiaLetterPart.ResponseTime));
    }

    [Fact]
    public void Letter_GivesContactDetails_AndIsSigned()
    {
        Assert.Equal(
            "If you have any questions about this request, or if talking would help to narrow it, please contact me by e-mail at ann@example.org or by telephone at (217) 555-0100.",
            Letter.Part(FoiaLetterPart.Contact));
        Assert.Equal(
            "Sincerely,\n\nAnn Example\n12 Main Street\nSpringfield, IL 62701\nann@example.org\n(217) 555-0100",
            Letter.Part(FoiaLetterPart.Signature));
        Assert.EndsWith("(217) 555-0100", Letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_Signature_AddsTheOrganisation_AndLeavesOutWhatIsNotGiven()
    {
        var letter = FoiaSeed.Draft(FoiaSeed.Filled with { Organization = "Springfield Gazette", Phone = null });

        Assert.Equal(
            "Sincerely,\n\nAnn Example\nSpringfield Gazette\n12 Main Street\nSpringfield, IL 62701\nann@example.org",
            letter.Part(FoiaLetterPart.Signature));
        Assert.DoesNotContain("telephone", letter.Part(FoiaLetterPart.Contact), StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_HasEveryPart_InOrder_JoinedByBlankLines()
    {
        Assert.Equal(
            [
                FoiaLetterPart.Date, FoiaLetterPart.Recipient, FoiaLetterPart.Subject, FoiaLetterPart.Salutation,
                FoiaLetterPart.Opening, FoiaLetterPart.Context, FoiaLetterPart.Records, FoiaLetterPart.DateRange,
                FoiaLetterPart.Questions, FoiaLetterPart.Fees, FoiaLetterPart.Format, FoiaLetterPart.Segregability,
                FoiaLetterPart.ResponseTime, FoiaLetterPart.Contact, FoiaLetterPart.Signature,
            ],
            Letter.Sections.Select(s => s.Part));
        Assert.Equal(string.Join("\n\n", Letter.Sections.Select(s => s.Text)), Letter.Body);
        Assert.DoesNotContain('\r', Letter.Body);
        Assert.DoesNotContain("\n\n\n", Letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Letter_HasNoPlaceholdersOfItsOwn_EvenForAnEmptyForm()
    {
        Assert.DoesNotContain('[', Letter.Body);
        Assert.DoesNotContain(']', Letter.Body);

        var empty = FoiaLetterDrafter.Draft(new FoiaRequest
        {
            FeeWaiverRequested = true,
            ExpeditedRequested = true,
            ExpeditedCertified = true,
        }, null, FoiaSeed.Today);
        Assert.DoesNotContain('[', empty.Body);
        Assert.Equal("Freedom of Information Act Request", empty.Subject);
        Assert.Equal("FOIA Officer", empty.Part(FoiaLetterPart.Recipient));
    }

    [Fact]
    public void Letter_SubjectStaysOnOneLine_WhateverWasTyped()
    {
        var letter = FoiaSeed.Draft(FoiaSeed.Filled with { Subject = "CECOT\r\nBcc: x@y.z" });

        Assert.Equal("Freedom of Information Act Request: CECOT Bcc: x@y.z", letter.Subject);
        Assert.DoesNotContain('\n', letter.Subject);
    }

    [Fact]
    public void Letter_KeepsASubjectThatAlreadyNamesTheAct()
    {
        Assert.Equal(
            "Freedom of Information Act request: CECOT",
            FoiaLetterDrafter.SubjectLine("Freedom of Information Act request: CECOT"));
    }

    [Fact]
    public void Letter_ToAnAgencyOutsideTheDirectory_UsesTheTypedName()
    {
        var letter = FoiaLetterDrafter.Draft(FoiaSeed.Filled with { AgencyKey = null, AgencyName = "Bureau of Prisons" }, null, FoiaSeed.Today);

        Assert.Equal("FOIA Officer\nBureau of Prisons", letter.Part(FoiaLetterPart.Recipient));
    }

    [Fact]
    public void Letter_ToAnAgencyWithAMailingAddress_PrintsIt()
    {
        var doj = AgencyDirectory.Default.Get("DOJ");

        var letter = FoiaLetterDrafter.Draft(FoiaSeed.Filled, doj, FoiaSeed.Today);

        Assert.Equal(
            "FOIA Officer\nFOIA/PA Mail Referral Unit, Justice Management Division\nU.S. Department of Justice\n950 Pennsylvania Avenue NW\nWashington, DC 20530-0001",
            letter.Part(FoiaLetterPart.Recipient));
    }

    [Theory]
    [InlineData("2024-03-01", "2025-06-30", false, "This request covers records from March 1, 2024 to June 30, 2025.")]
    [InlineData("2024-03-01", null, false, "This request covers records from March 1, 2024 to the present, meaning the date on which you begin your search.")]
    [InlineData(null, "2025-06-30", false, "This request covers records dated on or before June 30, 2025.")]
    [InlineData(null, null, true, null)]
    [InlineData(null, null, false, null)]
    public void Letter_DateRange_SaysWhatWasChosen(string? from, string? to, bool toPresent, string? expected)
    {
        var letter = FoiaSeed.Draft(FoiaSeed.Filled with
        {
            DateRangeFrom = from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateRangeTo = to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            ToPresent = toPresent,
        });

        Assert.Equal(expected, letter.Part(FoiaLetterPart.DateRange));
    }

    [Fact]
    public void Letter_NormalisesTypedText_ToLfParagraphs()
    {
        var letter = FoiaSeed.Draft(FoiaSeed.Filled with { Context = "  First line.  \r\nSecond line.\r\n\r\n\r\n\r\nNew paragraph.\u0007  \r\n" });

        Assert.Equal("  First line.\nSecond line.\n\nNew paragraph.", letter.Part(FoiaLetterPart.Context));
    }
}

using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>A FOIA request prefilled from the seed brief's action and from synthetic variants of it.</summary>
public sealed class FoiaPrefillTests
{
    private const string SeedRecords =
        "I request copies of all legal memoranda, policy directives, interagency correspondence, and agreements from "
        + "January 1, 2025 to the present that authorize or describe deportations of Venezuelan detainees from U.S. "
        + "custody to El Salvador's CECOT prison.";

    private static readonly FoiaRequest Seed = FoiaPrefill.From(FoiaSeed.Action);

    [Fact]
    public void Seed_RecordsDescription_IsTheSpecificRequest()
    {
        Assert.Equal(SeedRecords, Seed.RecordsDescription);
    }

    [Fact]
    public void Seed_Context_IsOpeningStatementDataPointsAndImpact_InOrder_WithoutTheirLabels()
    {
        Assert.Equal(
            "I'm submitting a Freedom of Information Act request for records that explain the legal authority and "
            + "decision-making process behind deporting Venezuelan detainees from U.S. custody to El Salvador's CECOT prison.\n\n"
            + "- News reports and DOJ statements say DHS Secretary Noem personally approved transfers of Venezuelan "
            + "detainees to CECOT, a high-security prison in El Salvador.\n"
            + "- Human rights investigators and journalists have documented severe overcrowding, abuse, and due process "
            + "concerns at CECOT.\n"
            + "- The transfers involve moving people from U.S. custody to a third country with a very different legal "
            + "system and prison conditions.\n\n"
            + "These deportations raise serious questions about U.S. obligations under refugee law, anti-torture "
            + "agreements, and basic due process. People who sought protection in the United States may be sent to a "
            + "foreign prison where they face abuse or indefinite detention with little legal recourse.",
            Seed.Context);
    }

    [Fact]
    public void Seed_Questions_AreTheThreeItemsOfTheQuestionsBlock()
    {
        Assert.Equal(
            [
                "What statutes, regulations, or legal opinions did DHS rely on to authorize transferring detainees from U.S. custody to a foreign prison facility in El Salvador?",
                "Did DHS conduct any human rights or conditions-of-confinement review of CECOT before approving these transfers, and if so, what did those reviews conclude?",
                "What agreements or memoranda of understanding exist between DHS and Salvadoran authorities regarding the transfer, custody, and treatment of Venezuelan detainees at CECOT?",
            ],
            Seed.Questions);
    }

    [Fact]
    public void Seed_DateRange_IsJanuary1_2025_ToThePresent()
    {
        Assert.Equal(new DateOnly(2025, 1, 1), Seed.DateRangeFrom);
        Assert.Null(Seed.DateRangeTo);
        Assert.True(Seed.ToPresent);
    }

    [Fact]
    public void Seed_Agency_IsDhsFromTheDirectory()
    {
        Assert.Equal("DHS", Seed.AgencyKey);
        Assert.Equal("U.S. Department of Homeland Security", Seed.AgencyName);
    }

    [Fact]
    public void Seed_Subject_IsWhatTheTitleAsksFor()
    {
        Assert.Equal(
            "legal justification behind deporting Venezuelan detainees to El Salvador's CECOT prison",
            Seed.Subject);
    }

    [Fact]
    public void Seed_LeavesRequesterAndOptionsAtTheirDefaults()
    {
        Assert.Equal("", Seed.FullName);
        Assert.Equal("", Seed.Email);
        Assert.Equal("", Seed.PostalAddress);
        Assert.Equal(FeeCategory.AllOthers, Seed.FeeCategory);
        Assert.Equal(25m, Seed.MaxFee);
        Assert.False(Seed.FeeWaiverRequested);
        Assert.False(Seed.ExpeditedRequested);
        Assert.Null(Seed.ExpeditedGround);
        Assert.Equal(RecordFormat.Electronic, Seed.PreferredFormat);
    }

    [Fact]
    public void Seed_EveryTextOfTheKeyPoints_EndsUpInTheRequest()
    {
        var everything = string.Join("\n", Seed.RecordsDescription, Seed.Context, string.Join("\n", Seed.Questions));
        foreach (var block in FoiaSeed.Action.Blocks)
        {
            Assert.Contains(block.Text, everything, StringComparison.Ordinal);
            foreach (var item in block.Items)
            {
                Assert.Contains(item.Text, everything, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Labels_AreMatchedInAnyCase_AndTheirVariants()
    {
        var action = Action(
            [
                new Block("MY REQUEST", "All e-mails between ICE field offices about CECOT since March 2025.", []),
                new Block("questions for the agency", "", [Item("Who approved the flights?"), Item("When?")]),
                new Block("OPENING", "I write about removals to El Salvador.", []),
            ]);

        var request = FoiaPrefill.From(action);

        Assert.Equal("All e-mails between ICE field offices about CECOT since March 2025.", request.RecordsDescription);
        Assert.Equal(["Who approved the flights?", "When?"], request.Questions);
        Assert.Equal("I write about removals to El Salvador.", request.Context);
        Assert.Equal(new DateOnly(2025, 3, 1), request.DateRangeFrom);
        Assert.True(request.ToPresent);
    }

    [Theory]
    [InlineData("Specific request")]
    [InlineData("Request")]
    [InlineData("Records requested")]
    [InlineData("Records sought")]
    [InlineData("specific REQUEST")]
    public void RecordsBlock_IsRecognisedByItsLabel(string label)
    {
        var request = FoiaPrefill.From(Action([new Block(label, "Flight manifests for CECOT transfers.", [])]));

        Assert.Equal("Flight manifests for CECOT transfers.", request.RecordsDescription);
        Assert.Equal("", request.Context);
    }

    [Theory]
    [InlineData("Fee waiver request")]
    [InlineData("Expedited processing request")]
    public void BlocksAboutFeesOrExpedition_AreNotTheRecords(string label)
    {
        var request = FoiaPrefill.From(Action([new Block(label, "Please waive fees.", [])]));

        Assert.Equal("", request.RecordsDescription);
        Assert.Equal(label + ": Please waive fees.", request.Context);
    }

    [Fact]
    public void UnknownLabelsAndUnlabelledParagraphs_GoToTheContext_WithTheirLabel()
    {
        var request = FoiaPrefill.From(Action(
            [
                new Block(null, "A plain paragraph.", []),
                new Block("Closing", "Thank you.", [Item("A point", Item("A sub-point"))]),
            ]));

        Assert.Equal("A plain paragraph.\n\nClosing: Thank you.\n- A point\n  - A sub-point", request.Context);
    }

    [Fact]
    public void NestedQuestions_AreKept_InOrder()
    {
        var request = FoiaPrefill.From(Action(
            [new Block("Questions", "", [Item("Who decided?", Item("Was it the Secretary?")), Item("When?")])]));

        Assert.Equal(["Who decided?", "Was it the Secretary?", "When?"], request.Questions);
    }

    [Fact]
    public void Placeholders_AreLeftForTheChecksToFind()
    {
        var request = FoiaPrefill.From(Action([new Block("My request", "Records about [Facility Name] from 2024 to 2025.", [])]));

        Assert.Equal("Records about [Facility Name] from 2024 to 2025.", request.RecordsDescription);
        Assert.Equal(new DateOnly(2024, 1, 1), request.DateRangeFrom);
        Assert.Equal(new DateOnly(2025, 12, 31), request.DateRangeTo);
    }

    [Fact]
    public void UnknownAgency_IsNamedFromTheTitle_WithoutAKey()
    {
        var request = FoiaPrefill.From(Action([], title: "File a FOIA request with the Federal Maritime Commission about solitary confinement policies"));

        Assert.Null(request.AgencyKey);
        Assert.Equal("Federal Maritime Commission", request.AgencyName);
        Assert.Equal("solitary confinement policies", request.Subject);
    }

    [Fact]
    public void AgencyNamedOnlyByTheContact_IsFound()
    {
        var request = FoiaPrefill.From(Action([], title: "Ask for the detention contracts", emails: ["foia@ice.dhs.gov"]));

        Assert.Equal("ICE", request.AgencyKey);
        Assert.Equal("detention contracts", request.Subject); // the reader's "Ask for" is not the letter's topic
    }

    [Theory]
    [InlineData("Request the appraisals behind the sale", "appraisals behind the sale")]
    [InlineData("", "")]
    public void ATitleThatNamesOnlyTheAgency_TakesItsTopicFromTheDescription_NeverTheInstruction(string description, string subject)
    {
        var action = Action([], title: "File a Freedom of Information Act request with the Bureau of Land Management") with { Description = description };

        var request = FoiaPrefill.From(action);

        Assert.Equal(subject, request.Subject);
        Assert.Equal("Bureau of Land Management", request.AgencyName);
    }

    [Theory]
    [InlineData("from January 1, 2025 to the present", "2025-01-01", null, true)]
    [InlineData("from Jan. 20, 2025 through today", "2025-01-20", null, true)]
    [InlineData("from 2025-01-01 to 2025-06-30", "2025-01-01", "2025-06-30", false)]
    [InlineData("between March 2024 and June 2025", "2024-03-01", "2025-06-30", false)]
    [InlineData("from 2019 through 2021", "2019-01-01", "2021-12-31", false)]
    [InlineData("from February 2024 to date", "2024-02-01", null, true)]
    [InlineData("since Sept. 3, 2025", "2025-09-03", null, true)]
    [InlineData("from 1 March 2025 – 31 May 2025", "2025-03-01", "2025-05-31", false)]
    [InlineData("from January 1st, 2025 until the present day", "2025-01-01", null, true)]
    public void DateRange_IsReadFromTheRecordsText(string text, string from, string? to, bool toPresent)
    {
        var range = DateRangeText.Find("Records " + text + " about CECOT.");

        Assert.NotNull(range);
        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), range.Value.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), range.Value.To);
        Assert.Equal(toPresent, range.Value.ToPresent);
    }

    [Theory]
    [InlineData("All records about CECOT.")]
    [InlineData("Records created in 2025 about CECOT.")]
    [InlineData("Records from the Secretary to the Attorney General.")]
    [InlineData("")]
    public void DateRange_IsNotInvented(string text)
    {
        Assert.Null(DateRangeText.Find(text));
    }

    [Fact]
    public void ParseQuestions_TakesOneQuestionALine_WithoutBulletsOrNumbers()
    {
        Assert.Equal(
            ["Who decided?", "When?", "Why?", "How much did it cost?"],
            FoiaRequest.ParseQuestions("• Who decided?\r\n\r\n- When?\n1. Why?\n  2) How much did it cost?  \n"));
    }

    private static ListItem Item(string text, params ListItem[] items) => new(text, items);

    private static BriefAction Action(
        IReadOnlyList<Block> blocks,
        string title = "File a FOIA request with DHS for CECOT records",
        IReadOnlyList<string>? emails = null) =>
        new(1, "civic action", ActionChannel.Foia, title, "", new Contacts(emails ?? [], [], []), null, null, blocks, [], null);

    [Fact]
    public void HowToFile_StaysOutOfTheRequest_AndASampleTextGoesInWithoutItsLabel()
    {
        var action = CivicAction.Tests.Support.ParseHelper.ParseFixture("every_kind_of_action.txt").Actions[5];

        var request = FoiaPrefill.From(action);

        Assert.Equal(ActionType.FoiaRequest, action.Type);
        Assert.Equal(
            "I request all studies of agricultural runoff that the EPA relied on in proposing docket EPA-HQ-OW-2026-0142, from [Start Date] to the present.",
            request.Context);
        Assert.DoesNotContain("portal", request.Context + request.RecordsDescription, StringComparison.Ordinal);
    }
}

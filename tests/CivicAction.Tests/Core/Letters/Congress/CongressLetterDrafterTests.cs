using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Tests.Core.Letters.Congress;

/// <summary>Drafting a letter to one member from an e-mail action's template, without any data store.</summary>
public sealed class CongressLetterDrafterTests
{
    private static readonly Constituent Writer = new("Lee Park", "12 Elm St", "Burlington", "Vermont", "05401-1234", "lee@example.org");
    private static readonly Recipient Senator = new("Senator", "Welch", "Peter Welch");
    private static readonly Recipient Norton = new("Delegate", "Norton", "Eleanor Holmes Norton");

    private static BriefAction Letter(string? subject, params Block[] blocks) =>
        new(1, "civic action", ActionChannel.Email, "Write to Congress", "A letter", Contacts.None, "Points to make", subject, blocks, [],
            new Guidance("How to find your representative", [new ListItem("Look it up at house.gov", [])]));

    private static Block Paragraph(string text) => new(null, text, []);

    /// <summary>What every letter says after its salutation when the template does not say it: who and where.</summary>
    private const string Constituency = "I am your constituent in Burlington, VT 05401-1234.";

    [Theory]
    [InlineData("Dear [Representative/Senator Name],")]
    [InlineData("Dear [Senator Name],")]
    [InlineData("Dear [Name of your member of Congress],")]
    [InlineData("Dear [Recipient],")]
    [InlineData("Dear Senator,")]
    [InlineData("Dear Member of Congress,")]
    public void TheSalutation_NamesTheMember(string salutation)
    {
        var letter = CongressLetterDrafter.Draft(Letter("S", Paragraph(salutation), Paragraph("Please act.")), Writer, Senator);

        Assert.StartsWith($"Dear Senator Welch,\n\n{Constituency}\n\nPlease act.", letter.Body, StringComparison.Ordinal);
        Assert.Empty(letter.UnfilledPlaceholders);
    }

    public static TheoryData<string, string> TitledSalutations => new()
    {
        // Whatever title the template writes before the placeholder, each member gets their own, once.
        { "Dear Senator [Name],", "Dear Senator Welch," },
        { "Dear Senator [Senator Name],", "Dear Senator Welch," },
        { "Dear Representative [Last name],", "Dear Senator Welch," },
        { "Dear Rep. [Representative's Name]:", "Dear Senator Welch," },
        { "Dear Congresswoman [Name],", "Dear Senator Welch," },
        { "Dear Sen. [Last Name],", "Dear Senator Welch," },
    };

    [Theory]
    [MemberData(nameof(TitledSalutations))]
    public void ATitleBeforeThePlaceholder_IsReplacedByTheMembersOwn_NeverDoubled(string salutation, string expected)
    {
        var letter = CongressLetterDrafter.Draft(Letter("S", Paragraph(salutation), Paragraph("Please act.")), Writer, Senator);

        Assert.StartsWith($"{expected}\n\n{Constituency}\n\nPlease act.", letter.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Delegate", "Norton", "Dear Delegate Norton,")]
    [InlineData("Resident Commissioner", "Hernández", "Dear Resident Commissioner Hernández,")]
    [InlineData("Representative", "Fuller", "Dear Representative Fuller,")]
    public void ASenatorsTitleInTheTemplate_NeverAddressesAHouseMember(string title, string lastName, string expected)
    {
        var member = new Recipient(title, lastName, lastName);

        var letter = CongressLetterDrafter.Draft(Letter("S", Paragraph("Dear Senator [Name],"), Paragraph("Please act.")), Writer, member);

        Assert.StartsWith(expected, letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateThatSaysWhoIsWriting_IsNotToldTwice()
    {
        var action = Letter("S", Paragraph("Dear [Senator Name],"), Paragraph("I'm a constituent from [Your City] and I ask you to act."));

        var body = CongressLetterDrafter.Draft(action, Writer, Senator).Body;

        Assert.DoesNotContain(Constituency, body, StringComparison.Ordinal);
        Assert.Contains("I'm a constituent from Burlington", body, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePersonsOwnParagraph_GoesBeforeTheThanksAndTheClosing()
    {
        var action = Letter("S", Paragraph("Dear [Senator Name],"), Paragraph("Please act."), Paragraph("Thank you for your time."), Paragraph("Sincerely,"));

        var body = CongressLetterDrafter.Draft(action, Writer, Senator, personal: "  My brother was deported in 2025.\r\n\r\nWe still do not know where he is.  ").Body;

        Assert.Contains("Please act.\n\nMy brother was deported in 2025.\nWe still do not know where he is.\n\nThank you for your time.\n\nSincerely,", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   \n  ")]
    public void NoParagraph_LeavesTheLetterAsTheTemplateWrote(string? personal)
    {
        var action = Letter("S", Paragraph("Dear [Senator Name],"), Paragraph("Please act."));

        Assert.Equal(CongressLetterDrafter.Draft(action, Writer, Senator).Body, CongressLetterDrafter.Draft(action, Writer, Senator, personal: personal).Body);
    }

    [Fact]
    public void ALetterWithoutASalutation_GetsOne()
    {
        var letter = CongressLetterDrafter.Draft(Letter("S", Paragraph("Please act.")), Writer, Norton);

        Assert.StartsWith($"Dear Delegate Norton,\n\n{Constituency}\n\nPlease act.", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConstituentsPlaceholders_AreFilledFromTheConstituent()
    {
        var action = Letter("A letter from [Your City]",
            Paragraph("Dear [Senator Name],"),
            Paragraph("My name is [Your Name], I live at [Your Address] in [Your State] ([Your ZIP]); write to me at [Your E-mail]."),
            new Block("Where", "[your city, state]", [new ListItem("[Your Street Address]", [])]));

        var letter = CongressLetterDrafter.Draft(action, Writer, Senator);

        Assert.Equal("A letter from Burlington", letter.Subject);
        Assert.Contains(
            "My name is Lee Park, I live at 12 Elm St, Burlington, VT 05401-1234 in Vermont (05401-1234); write to me at lee@example.org.",
            letter.Body, StringComparison.Ordinal);
        Assert.Contains("Where: Burlington, VT\n- 12 Elm St", letter.Body, StringComparison.Ordinal);
        Assert.True(letter.CanSend);
    }

    [Fact]
    public void TheMemberMayBeNamedInTheBodyToo()
    {
        var action = Letter("S", Paragraph("Dear [Senator Name],"), Paragraph("I ask [Senator Name] and [Senator's Full Name] to act."));

        var letter = CongressLetterDrafter.Draft(action, Writer, Senator);

        Assert.Contains("I ask Senator Welch and Peter Welch to act.", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherPlaceholders_ComeFromTheValues_OrAreReportedUnfilled()
    {
        var action = Letter("About [Bill Number]", Paragraph("Dear [Senator Name],"),
            Paragraph("Please oppose [Bill Number] before [Vote Date]. See [1]."));

        var without = CongressLetterDrafter.Draft(action, Writer, Senator);
        var with = CongressLetterDrafter.Draft(action, Writer, Senator,
            new Dictionary<string, string> { ["bill number"] = "H.R. 1", ["Vote Date"] = "March 3" });

        Assert.Equal(["Bill Number", "Vote Date"], without.UnfilledPlaceholders);
        Assert.False(without.CanSend);
        Assert.Contains("Please oppose [Bill Number] before [Vote Date]. See [1].", without.Body, StringComparison.Ordinal);
        Assert.Empty(with.UnfilledPlaceholders);
        Assert.Equal("About H.R. 1", with.Subject);
        Assert.Contains("Please oppose H.R. 1 before March 3. See [1].", with.Body, StringComparison.Ordinal);
        Assert.True(with.CanSend);
    }

    [Fact]
    public void TheRecipientWinsOverAValueForTheSamePlaceholder()
    {
        var action = Letter("S", Paragraph("Dear [Senator Name],"), Paragraph("Thanks, [Senator Name]."));

        var letter = CongressLetterDrafter.Draft(action, Writer, Senator, new Dictionary<string, string> { ["Senator Name"] = "Senator Sanders" });

        Assert.DoesNotContain("Sanders", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void LabelledBlocks_RenderAsLabelAndText_WithNestedBulletsIndented()
    {
        var action = Letter("S",
            Paragraph("Dear [Senator Name],"),
            new Block("Key concerns", "", [
                new ListItem("First", [new ListItem("First, detail", [new ListItem("Deeper", [])])]),
                new ListItem("Second", []),
            ]),
            new Block("My request", "Please act.", []));

        var body = CongressLetterDrafter.Draft(action, Writer, Senator).Body;

        Assert.Contains("\n\nKey concerns:\n- First\n  - First, detail\n    - Deeper\n- Second\n\nMy request: Please act.\n\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHeadingAndGuidance_AreNotPartOfTheLetter()
    {
        var body = CongressLetterDrafter.Draft(Letter("S", Paragraph("Dear [Senator Name],"), Paragraph("Please act.")), Writer, Senator).Body;

        Assert.DoesNotContain("Points to make", body, StringComparison.Ordinal);
        Assert.DoesNotContain("house.gov", body, StringComparison.Ordinal);
        Assert.DoesNotContain("How to find", body, StringComparison.Ordinal);
    }

    [Fact]
    public void StepsForTheReader_AreNotPartOfTheLetter()
    {
        var action = Letter("S",
            Paragraph("Dear [Senator Name],"),
            new Block("How to send", "", [new ListItem("Use the office's web form.", [])]),
            Paragraph("Please act."),
            new Block("Tips", "Keep it short.", []));

        var body = CongressLetterDrafter.Draft(action, Writer, Senator).Body;

        Assert.DoesNotContain("web form", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Keep it short", body, StringComparison.Ordinal);
        Assert.Contains("Please act.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void ALabelThatAnnouncesTheTemplate_IsNotWrittenInTheLetter()
    {
        var announced = Letter("S", new Block("Sample letter", "", []), Paragraph("Dear [Senator Name],"), Paragraph("Please act."));
        var inline = Letter("S", new Block("Sample letter", "Dear [Senator Name],", []), new Block("Suggested text", "Please act.", []));

        foreach (var action in new[] { announced, inline })
        {
            var body = CongressLetterDrafter.Draft(action, Writer, Senator).Body;
            Assert.StartsWith($"Dear Senator Welch,\n\n{Constituency}\n\nPlease act.", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Sample", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Suggested", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheSignature_HasNameStreetCityStateZipAndEmail_AfterOneClosing()
    {
        var withClosing = Letter("S", Paragraph("Dear [Senator Name],"), Paragraph("Please act."), Paragraph("Respectfully,"));

        var body = CongressLetterDrafter.Draft(withClosing, Writer, Senator).Body;

        Assert.EndsWith("Please act.\n\nRespectfully,\nLee Park\n12 Elm St\nBurlington, VT 05401-1234\nlee@example.org", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sincerely", body, StringComparison.Ordinal);
    }

    [Fact]
    public void AConstituentWithoutAnAddress_CannotSend()
    {
        var anonymous = new Constituent("Lee Park", " ", "", "Atlantis", "5401", "");

        var letter = CongressLetterDrafter.Draft(Letter("S", Paragraph("Dear [Senator Name],"), Paragraph("From [Your City].")), anonymous, Senator);

        Assert.Equal(["your street address", "your city", "your state", "your ZIP code"], letter.MissingDetails);
        Assert.Equal(["Your City"], letter.UnfilledPlaceholders);
        Assert.False(letter.CanSend);
    }

    [Fact]
    public void OnlyAnEmailAction_IsALetter()
    {
        var call = Letter("S", Paragraph("Hi")) with { Channel = ActionChannel.Phone };

        Assert.Throws<ArgumentException>(() => CongressLetterDrafter.Draft(call, Writer, Senator));
    }

    [Fact]
    public void ThePhoneScript_IsTwoToFourSentences_AndFallsBackToTheSubject()
    {
        var action = Letter("Protect the [Park Name] wilderness", Paragraph("Dear [Senator Name],"), Paragraph("I care about this."));

        var script = CongressLetterDrafter.PhoneScript(action, Writer, Senator);

        Assert.Equal(
            "Hello, my name is Lee Park, and I'm a constituent from Burlington, VT 05401-1234. I'm calling about protect the [Park Name] wilderness. Thank you.",
            script.Text);
        Assert.Equal(["Park Name"], script.UnfilledPlaceholders);
    }

    [Fact]
    public void ThePhoneScript_TurnsAnUrgeIntoAnAskOfTheMember()
    {
        var action = Letter("S", Paragraph("Dear [Senator Name],"), new Block("The ask", "I urge you to vote no on the U.S. Parks Sale Act. It matters.", []));

        var script = CongressLetterDrafter.PhoneScript(action, Writer, Senator);

        Assert.Contains(" I urge Senator Welch to vote no on the U.S. Parks Sale Act. Thank you.", script.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtraPlaceholders_AreThoseAboutNeitherTheMemberNorTheWriter_InOrder()
    {
        var action = Letter("Support [Bill Number]",
            Paragraph("Dear [Senator Name],"),
            Paragraph("I am [Your Name] from [Your City], and I use the [Your Library] branch."),
            new Block("My request", "Please vote for [bill number] and tell [Representative/Senator Name] colleagues.", []));

        Assert.Equal(["Bill Number", "Your Library"], CongressLetterDrafter.ExtraPlaceholders(action));
    }

    [Fact]
    public void ALetterWithOnlyTheMembersAndWritersPlaceholders_AsksForNothingElse()
    {
        var action = Letter("S", Paragraph("Dear [Representative/Senator Name],"), Paragraph("From [Your Address], [Your E-mail]."));

        Assert.Empty(CongressLetterDrafter.ExtraPlaceholders(action));
    }

    [Fact]
    public void ABriefWrittenInSpanish_NamesTheWritersDetailsInSpanish_AndTheyAreFilled()
    {
        var letter = CongressLetterDrafter.Draft(Letter("Fondos para las bibliotecas",
            Paragraph("Vivo en [Su ciudad], [Estado] [Código postal], y le escribo a [Nombre del representante]."),
            Paragraph("Atentamente,\n[Su nombre]\n[Su correo electrónico]")), Writer, Senator);

        Assert.Contains("Vivo en Burlington, Vermont 05401-1234, y le escribo a Senator Welch.", letter.Body, StringComparison.Ordinal);
        Assert.Contains("Atentamente,\nLee Park\nlee@example.org", letter.Body, StringComparison.Ordinal);
        Assert.Empty(letter.UnfilledPlaceholders);
    }
}

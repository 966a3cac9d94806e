using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Congress;
using CivicAction.Core.Letters.Officials;
using static CivicAction.Tests.Support.ParseHelper;

namespace CivicAction.Tests.Core.Letters;

/// <summary>
/// A letter to an office, paragraph by paragraph, beside what it says in Spanish: the site's own sentences rendered, the
/// brief's template said to be the brief's, the person's words and address as typed.
/// </summary>
public sealed class LetterInSpanishTests
{
    private static readonly Constituent Writer = new("Lee Park", "12 Elm St", "Burlington", "Vermont", "05401", "lee@example.org");
    private static readonly Recipient Senator = new("Senator", "Welch", "Peter Welch");

    private static BriefAction Letter(params Block[] blocks) =>
        new(1, "civic action", ActionChannel.Email, "Write to Congress", "A letter", Contacts.None, "Points to make", "S", blocks, [], null);

    private static Block Paragraph(string text) => new(null, text, []);

    [Fact]
    public void ACongressLetter_IsMadeOfItsParts_EachMarkedWithWhereItComesFrom()
    {
        var letter = CongressLetterDrafter.Draft(
            Letter(Paragraph("Dear [Senator Name],"), Paragraph("Please act on [Bill Number]."), Paragraph("Thank you,")),
            Writer, Senator, new Dictionary<string, string> { ["Bill Number"] = "S. 12" }, personal: "My son was detained.");

        Assert.Equal(
            [LetterPartKind.Salutation, LetterPartKind.Constituent, LetterPartKind.Template, LetterPartKind.Personal, LetterPartKind.Closing, LetterPartKind.Signature],
            letter.Parts.Select(p => p.Kind));
        Assert.Equal(letter.Body, LetterPart.Join(letter.Parts));
        Assert.Equal("Please act on S. 12.", letter.Parts[2].Text);
        Assert.Equal("Lee Park\n12 Elm St\nBurlington, VT 05401\nlee@example.org", letter.Parts[^1].Text);
    }

    [Fact]
    public void TheSitesOwnSentences_AreRenderedInSpanish_TheMembersTitleInLowerCaseWithBothEndings()
    {
        var letter = CongressLetterDrafter.Draft(Letter(Paragraph("Please act.")), Writer, Senator);

        var spanish = LetterInSpanish.Render(letter.Parts).Select(p => p.Text).ToList();

        Assert.Equal("Estimado/a senador/a Welch:", spanish[0]);
        Assert.Equal("Vivo en Burlington, VT 05401 y usted me representa en el Congreso.", spanish[1]);
        Assert.Equal(LetterInSpanish.TemplateNote, spanish[2]);
        Assert.Equal("Atentamente,", spanish[3]);
        Assert.Equal(letter.Parts[4].Text, spanish[4]); // the address, as typed
    }

    [Theory]
    [InlineData("Representative", "Dear Representative Balint,", "Estimado/a representante Balint:")]
    [InlineData("Delegate", "Dear Delegate Balint,", "Estimado/a delegado/a Balint:")]
    [InlineData("Resident Commissioner", "Dear Resident Commissioner Balint,", "Estimado/a comisionado/a residente Balint:")]
    public void EveryTitleOfAMember_HasItsSpanishGreeting(string title, string english, string spanish)
    {
        var letter = CongressLetterDrafter.Draft(Letter(Paragraph("Please act.")), Writer, new Recipient(title, "Balint", "Becca Balint"));

        Assert.Equal(english, letter.Parts[0].Text);
        Assert.Equal(spanish, LetterInSpanish.Render(letter.Parts)[0].Text);
    }

    [Theory]
    [InlineData("Sincerely,", "Atentamente,")]
    [InlineData("Respectfully,", "Respetuosamente,")]
    [InlineData("Best regards,", "Saludos cordiales,")]
    [InlineData("Thank you,", "Gracias,")]
    public void TheTemplatesClosing_IsAClosingAndReadsAsOneInSpanish(string english, string spanish)
    {
        var letter = CongressLetterDrafter.Draft(Letter(Paragraph("Please act."), Paragraph(english)), Writer, Senator);

        Assert.Equal(LetterPartKind.Closing, letter.Parts[^2].Kind);
        Assert.Equal(english, letter.Parts[^2].Text);
        Assert.Equal(spanish, LetterInSpanish.Render(letter.Parts)[^2].Text);
    }

    [Fact]
    public void ThePersonsOwnWords_StayAsTyped_AndATemplateGreetingTheSiteKeeps_IsRenderedWithItsAddressee()
    {
        // A greeting the site does not replace (it names two people) is still a greeting: its addressee stays as written.
        var letter = CongressLetterDrafter.Draft(
            Letter(Paragraph("Dear Senator Welch and Senator Sanders,"), Paragraph("Please act.")), Writer, Senator, personal: "Mi hijo fue detenido.");

        var spanish = LetterInSpanish.Render(letter.Parts);

        Assert.Equal("Estimado/a senador/a Welch and Senator Sanders:", spanish[0].Text);
        Assert.Equal("Mi hijo fue detenido.", spanish.Single(p => p.Kind == LetterPartKind.Personal).Text);
    }

    [Fact]
    public void ALetterToAnOfficial_IsMadeOfItsParts_TheTypedGreetingAndTheTemplatesClosingRendered()
    {
        var action = ParseFixture("every_kind_of_action.txt").Actions[4];
        var letter = OfficialLetterDrafter.Draft(action, new OfficialLetterDetails
        {
            Name = "Ana Lee", Street = "12 Mill Road", City = "Clearwater", State = "Oregon", Zip = "97001", Email = "ana@example.org",
            Extra = ["SB 214", "Senator Maria Ortiz"], Personal = "Pesco en el río desde hace treinta años.",
        });

        Assert.Equal(
            [LetterPartKind.Salutation, LetterPartKind.Template, LetterPartKind.Personal, LetterPartKind.Closing, LetterPartKind.Signature],
            letter.Parts.Select(p => p.Kind));
        Assert.Equal(letter.Body, LetterPart.Join(letter.Parts));
        Assert.Equal(
            ["Estimado/a senador/a Maria Ortiz:", LetterInSpanish.TemplateNote, "Pesco en el río desde hace treinta años.", "Gracias,",
                "Ana Lee\n12 Mill Road\nClearwater, OR 97001\nana@example.org"],
            LetterInSpanish.Render(letter.Parts).Select(p => p.Text));
    }

    [Fact]
    public void ALetterWithoutAnAddress_StillEndsWithItsClosingAlone()
    {
        var letter = OfficialLetterDrafter.Draft(ParseFixture("every_kind_of_action.txt").Actions[4], new OfficialLetterDetails { Extra = ["SB 214", "Ortiz"] });

        Assert.Equal(LetterPartKind.Signature, letter.Parts[^1].Kind);
        Assert.Equal("", letter.Parts[^1].Text);
        Assert.EndsWith("Thank you,\n", letter.Body, StringComparison.Ordinal);
    }
}

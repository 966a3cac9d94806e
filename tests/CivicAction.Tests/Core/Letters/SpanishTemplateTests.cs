using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Congress;
using CivicAction.Core.Letters.Officials;

namespace CivicAction.Tests.Core.Letters;

/// <summary>
/// A brief written in Spanish: its greeting ("Estimado/a [...]:", which ends with a colon) opens the letter rather than
/// becoming the action's heading, its guidance stays out of the letter, and what the site adds to the letter (the
/// greeting, where the writer lives, the closing, the script) is written in Spanish, never mixed in in English.
/// </summary>
public sealed class SpanishTemplateTests
{
    private static readonly Constituent Ana = new("Ana Ejemplo", "4200 Fremont Ave N", "Seattle", "WA", "98103", "ana@example.org");
    private static readonly Recipient Cantwell = new("Senator", "Cantwell", "Maria Cantwell");

    private static BriefAction Action(string file, int number)
    {
        var result = BriefParser.Parse(file, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "spanish", file)));
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Brief!.Actions.Single(a => a.Number == number);
    }

    [Fact]
    public void ASpanishGreeting_OpensTheLetter_AndIsNeverTheActionsHeading()
    {
        var action = Action("biblioteca_horario.txt", 2);

        Assert.Null(action.Heading);
        Assert.Equal("Estimado/a [Nombre del representante]:", action.Blocks[0].Text);
        Assert.Null(action.Blocks[0].Label);
    }

    [Fact]
    public void ALetterToCongress_FromASpanishTemplate_IsSpanishThroughout_AndSignedOnce()
    {
        var letter = CongressLetterDrafter.Draft(Action("biblioteca_horario.txt", 2), Ana, Cantwell);

        Assert.True(letter.InSpanish);
        Assert.Equal(
            "Estimado/a senador/a Cantwell:\n\n" +
            "Vivo en Seattle y le pido que defienda los fondos federales para las bibliotecas públicas.\n\n" + // it says where: no second sentence
            "Atentamente,\nAna Ejemplo\n4200 Fremont Ave N\nSeattle, WA 98103\nana@example.org",
            letter.Body);
        Assert.True(letter.CanSend, string.Join(", ", letter.UnfilledPlaceholders));
    }

    [Fact]
    public void TheCallScript_OfASpanishTemplate_IsSpanish()
    {
        var script = CongressLetterDrafter.PhoneScript(Action("biblioteca_horario.txt", 2), Ana, Cantwell);

        Assert.True(script.InSpanish);
        Assert.Equal("Hola, me llamo Ana Ejemplo y vivo en Seattle, WA 98103. Llamo por este asunto: fondos federales para las bibliotecas públicas. Gracias.", script.Text);
    }

    [Fact]
    public void ASpanishTemplateWithoutGreetingOrClosing_GetsSpanishOnes()
    {
        var action = new BriefAction(1, "civic action", ActionChannel.Email, "Escriba al Congreso", "", Contacts.None, null, "Bibliotecas",
            [new Block(null, "Le pido que defienda los fondos para las bibliotecas de nuestra ciudad.", [])], [], null);

        var letter = CongressLetterDrafter.Draft(action, Ana, new Recipient("Representative", "Jayapal", "Pramila Jayapal"));

        Assert.StartsWith("Estimado/a representante Jayapal:\n\nVivo en Seattle, WA 98103 y usted me representa en el Congreso.\n\nLe pido", letter.Body, StringComparison.Ordinal);
        Assert.Contains("\n\nAtentamente,\nAna Ejemplo", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnglishTemplate_SignedWithItsOwnBlank_IsSignedOnce()
    {
        var action = new BriefAction(1, "civic action", ActionChannel.Email, "Write to Congress", "", Contacts.None, null, "Libraries",
            [new Block(null, "Dear [Senator Name],", []), new Block(null, "Please protect library funding.", []),
                new Block(null, "Sincerely,", []), new Block(null, "[Your Name]", [])], [], null);

        var letter = CongressLetterDrafter.Draft(action, Ana, Cantwell);

        Assert.False(letter.InSpanish);
        Assert.EndsWith("Please protect library funding.\n\nSincerely,\nAna Ejemplo\n4200 Fremont Ave N\nSeattle, WA 98103\nana@example.org", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ALetterToAnOfficial_FromASpanishTemplate_KeepsItsGreetingsBlank_AndLeavesTheGuidanceOut()
    {
        var action = Action("rio_escorrentia.txt", 4);

        Assert.NotNull(action.Guidance);
        Assert.Equal(["Nombre del legislador"], OfficialLetterDrafter.SalutationBlanks(action));
        var letter = OfficialLetterDrafter.Draft(action, new OfficialLetterDetails
        {
            Name = "Ana Lee", Street = "12 Mill Road", City = "Clearwater", State = "OR", Zip = "97001", Extra = ["SB 214", "senadora Ortiz"],
        });

        Assert.True(letter.InSpanish);
        Assert.Equal("Copatrocine la ley de ríos limpios (SB 214)", letter.Subject);
        Assert.Equal(
            "Estimado/a senadora Ortiz:\n\nVivo en Clearwater y le pido que copatrocine la ley de ríos limpios.\n\n" +
            "Atentamente,\nAna Lee\n12 Mill Road\nClearwater, OR 97001",
            letter.Body);
        Assert.Empty(letter.Unfilled);
    }

    [Theory]
    [InlineData("Vivo en Seattle y le pido que defienda los fondos federales para las bibliotecas públicas.", true)]
    [InlineData("Please protect the library in San Juan, where my family has lived since the days of the Hacienda del Sol.", false)]
    [InlineData("I urge you to support the Ley de Derechos de los Trabajadores, as the people of this district have asked.", false)]
    [InlineData("Gracias.", false)] // too little to tell: the site keeps to English
    public void ATemplatesLanguage_IsToldFromItsShortWords_NotFromNamesInIt(string text, bool spanish)
    {
        Assert.Equal(spanish, LetterLanguage.IsSpanish([text]));
        Assert.Equal(spanish ? "es" : "en", LetterLanguage.TagOf(text)); // how a stored letter is marked on the page
    }
}

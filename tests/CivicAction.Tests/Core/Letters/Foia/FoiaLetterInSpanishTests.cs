using CivicAction.Core.Letters.Foia;

namespace CivicAction.Tests.Core.Letters.Foia;

/// <summary>The Spanish rendering a reader sees beside the English letter: every part, in order, in Spanish.</summary>
public sealed class FoiaLetterInSpanishTests
{
    // A request that draws every part the drafter can write.
    private static FoiaRequest Everything => FoiaSeed.Filled with
    {
        FeeCategory = FeeCategory.NewsMedia,
        Organization = "La Voz de Austin",
        FeeWaiverRequested = true,
        FeeWaiverJustification = "I will publish what DHS decided; I will not sell anything.",
        ExpeditedRequested = true,
        ExpeditedGround = ExpeditedGround.UrgencyToInformThePublic,
        ExpeditedJustification = "Deportations continue this week.",
        ExpeditedCertified = true,
        OwnRecords = true,
        DateOfBirth = new DateOnly(1990, 1, 5),
        PlaceOfBirth = "Caracas, Venezuela",
        IdentityDeclared = true,
    };

    // Parts that are names, an address or the requester's own words: the same in both columns.
    private static readonly FoiaLetterPart[] Verbatim = [FoiaLetterPart.Recipient, FoiaLetterPart.Context];

    [Fact]
    public void EveryPartOfTheLetter_HasItsSpanishRendering_InTheSameOrder()
    {
        var letter = FoiaSeed.Draft(Everything);

        var spanish = FoiaLetterInSpanish.Render(letter, Everything, FoiaSeed.Dhs, FoiaSeed.Today);

        // The request draws every part but the one only an appeal has.
        Assert.Equal(Enum.GetValues<FoiaLetterPart>().Except([FoiaLetterPart.ForeseeableHarm]), letter.Sections.Select(s => s.Part));
        Assert.Equal(letter.Sections.Select(s => s.Part), spanish.Select(s => s.Part));
        Assert.All(letter.Sections.Zip(spanish).Where(p => !Verbatim.Contains(p.First.Part)),
            pair => Assert.NotEqual(pair.First.Text, pair.Second.Text));
    }

    [Fact]
    public void TheRendering_SaysWhatTheLetterSays_InTheWordsOfUsSpanishGovernmentPages()
    {
        var parts = FoiaLetterInSpanish.Render(FoiaSeed.Draft(Everything), Everything, FoiaSeed.Dhs, FoiaSeed.Today).ToDictionary(s => s.Part, s => s.Text);

        Assert.Equal("30 de noviembre de 2026", parts[FoiaLetterPart.Date]);
        Assert.StartsWith("Exención de tarifas:", parts[FoiaLetterPart.FeeWaiver], StringComparison.Ordinal);
        Assert.StartsWith("Procesamiento acelerado:", parts[FoiaLetterPart.Expedited], StringComparison.Ordinal);
        Assert.Contains("medios de comunicación, y escribo para La Voz de Austin,", parts[FoiaLetterPart.Fees], StringComparison.Ordinal);
        Assert.Contains("hasta $25.00", parts[FoiaLetterPart.Fees], StringComparison.Ordinal);
        Assert.Contains("Nací el 5 de enero de 1990 en Caracas, Venezuela.", parts[FoiaLetterPart.Identity], StringComparison.Ordinal);
        Assert.Contains("20 días hábiles", parts[FoiaLetterPart.ResponseTime], StringComparison.Ordinal);
        // The requester's own words stay as typed, inside the Spanish part.
        Assert.Contains("I will publish what DHS decided; I will not sell anything.", parts[FoiaLetterPart.FeeWaiver], StringComparison.Ordinal);
        Assert.StartsWith("Atentamente,", parts[FoiaLetterPart.Signature], StringComparison.Ordinal);
    }

    [Fact]
    public void AnOptionalPartLeftOut_OfTheLetter_IsLeftOutOfTheRendering()
    {
        var letter = FoiaSeed.Draft(FoiaSeed.Filled);

        var spanish = FoiaLetterInSpanish.Render(letter, FoiaSeed.Filled, FoiaSeed.Dhs, FoiaSeed.Today);

        Assert.DoesNotContain(spanish, s => s.Part is FoiaLetterPart.FeeWaiver or FoiaLetterPart.Expedited or FoiaLetterPart.Identity);
    }
}

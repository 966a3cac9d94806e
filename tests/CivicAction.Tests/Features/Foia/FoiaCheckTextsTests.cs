using System.Globalization;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Foia;
using CivicAction.Web.Features.Foia;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CivicAction.Tests.Features.Foia;

/// <summary>
/// Every finding about a FOIA form has its own text in both languages: in English exactly the check's own words (so the
/// two never drift apart), in Spanish another text with the same variable parts.
/// </summary>
public sealed class FoiaCheckTextsTests
{
    private static readonly IStringLocalizer<FoiaStrings> Text = new StringLocalizer<FoiaStrings>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    /// <summary>Two forms that, between them, draw every finding the checks make.</summary>
    private static IReadOnlyList<FieldCheck> EveryFinding()
    {
        var empty = new FoiaRequest
        {
            MaxFee = -1, FeeWaiverRequested = true, ExpeditedRequested = true, FeeCategory = FeeCategory.NewsMedia,
            OwnRecords = true,
        };
        var wrong = new FoiaRequest
        {
            FullName = "Ana\nRuiz",
            Email = "not an address",
            PostalAddress = "12 Main St, Springfield, IL 62701",
            AgencyName = "U.S. Senate",
            Subject = new string('x', 201),
            RecordsDescription = "records held by Congress",
            Context = "since [Start Date]",
            DateRangeFrom = new DateOnly(2025, 5, 1),
            DateRangeTo = new DateOnly(2025, 1, 1),
            ToPresent = true,
            FeeWaiverRequested = true,
            FeeCategory = FeeCategory.EducationalOrScientific,
            FeeWaiverJustification = "because I cannot afford it",
            ExpeditedRequested = true,
            ExpeditedGround = ExpeditedGround.UrgencyToInformThePublic,
            ExpeditedJustification = "it is urgent",
        };
        var otherAgencysGround = new FoiaRequest
        {
            ExpeditedRequested = true, ExpeditedGround = ExpeditedGround.AgencyRule, ExpeditedAgencyGround = "A ground of no agency.",
            RecordsDescription = "my FBI file since 2019",
        };
        return [.. FoiaChecks.Check(empty, agency: null), .. FoiaChecks.Check(wrong, agency: null), .. FoiaChecks.Check(otherAgencysGround, agency: null)];
    }

    [Fact]
    public void TheFormsDrawEveryKindOfFinding()
    {
        var codes = typeof(FoiaCheckCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.Equal(codes.Order(), EveryFinding().Select(c => c.Code).Distinct().Order());
    }

    [Fact]
    public void InEnglish_EachFindingReadsAsTheCheckWroteIt()
    {
        var checks = EveryFinding();

        var worded = In("en-US", "en", () => FoiaCheckTexts.Localize(checks, Text));

        Assert.Equal(checks.Select(c => c.Message), worded.Select(c => c.Message));
    }

    [Fact]
    public void InSpanish_EachFindingHasItsOwnText_WithItsVariableParts()
    {
        var checks = EveryFinding();

        var worded = In("es-US", "es", () => FoiaCheckTexts.Localize(checks, Text));

        Assert.All(checks.Zip(worded), pair => Assert.NotEqual(pair.First.Message, pair.Second.Message));
        var reversed = worded.Single(c => c.Code == FoiaCheckCodes.DateRangeReversed).Message;
        Assert.Equal("El período termina (1 de enero de 2025) antes de empezar (1 de mayo de 2025): intercambie o corrija las fechas.", reversed);
        Assert.Equal("Acorte este texto a 200 caracteres como máximo (ahora tiene 201).", worded.Single(c => c.Code == FoiaCheckCodes.TooLong).Message);
        Assert.Contains("[Start Date]", worded.Single(c => c.Code == FoiaCheckCodes.Placeholder).Message, StringComparison.Ordinal);
    }

    private static T In<T>(string culture, string uiCulture, Func<T> render)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.GetCultureInfo(culture), CultureInfo.GetCultureInfo(uiCulture));
            return render();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}

using System.Net;
using AngleSharp.Html.Dom;
using CivicAction.Tests.Support;
using static CivicAction.Tests.Support.CongressPages;

namespace CivicAction.Tests.Features.Congress.Letters;

/// <summary>
/// Print and mail: the PDF is laid out for a #10 window envelope (the inside address where the window shows once the page
/// is folded in thirds, fold marks at the thirds, the letter below the first fold), and a district office can be chosen
/// instead of the Washington office.
/// </summary>
public sealed class PrintedLetterTests(CongressSite site) : IClassFixture<CongressSite>
{
    private const string Seattle = $"{SeedPage}?zip=98103";
    private readonly HttpClient _client = site.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<PdfText> PrintAsync(string? office = null)
    {
        var letters = await _client.LettersAsync(Seattle);
        var print = letters.QuerySelector("article.member-letter[data-member=C000127] button[formaction$='/print']")!;
        var response = await _client.PressAsync(print, SeedPage, office is null ? null : [("office", office)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PdfText.ReadAsync(response);
    }

    /// <summary>Each printed line and how far its baseline is from the top of the page, in inches.</summary>
    private static Dictionary<string, double> LinesFromTop(PdfText pdf) =>
        pdf.Pages[0].GroupBy(l => l.Text).ToDictionary(g => g.Key, g => g.First().InchesFromTop);

    [Fact]
    public async Task TheInsideAddress_SitsInTheWindowOfANumber10Envelope_AndTheLetterBelowTheFirstFold()
    {
        var lines = LinesFromTop(await PrintAsync());

        // The window shows about 2.04 to 3.17 inches from the top of a page folded in thirds.
        foreach (var line in new[] { "The Honorable Maria Cantwell", "United States Senate", "511 Hart Senate Office Building", "Washington, DC 20510" })
        {
            Assert.InRange(lines[line], 2.2, 3.1);
        }

        Assert.InRange(lines["Dana Rivera"], 0.5, 1.0);
        Assert.True(lines["Dear Senator Cantwell,"] > 11.0 / 3, "the letter starts below the first fold");
    }

    [Fact]
    public async Task ThePage_HasFoldMarksAtItsThirds()
    {
        var pdf = await PrintAsync();

        // Short ticks in the left margin, from a quarter to half an inch from the page's edge.
        var marks = pdf.Strokes[0].Where(s => s.Left == 18 && s.Right == 36).Select(s => Math.Round(s.InchesFromTop, 2)).Order().ToList();
        Assert.Equal([3.67, 7.33], marks);
        Assert.All(pdf.Strokes.Skip(1), page => Assert.Empty(page));
    }

    [Fact]
    public async Task ADistrictOffice_CanBeChosen_AndIsTheInsideAddress()
    {
        var letters = await _client.LettersAsync(Seattle);
        var choice = (IHtmlSelectElement)letters.QuerySelector("#office-C000127")!;
        var seattle = choice.Options.Single(o => o.TextContent.StartsWith("Seattle district office", StringComparison.Ordinal));

        var lines = LinesFromTop(await PrintAsync(seattle.Value));

        Assert.InRange(lines["915 Second Ave., Suite 3206"], 2.2, 3.1);
        Assert.InRange(lines["Seattle, WA 98174"], 2.2, 3.1);
        Assert.False(lines.ContainsKey("511 Hart Senate Office Building"));
    }

    [Fact]
    public async Task AnOfficeTheMemberDoesNotHave_IsRefused()
    {
        var letters = await _client.LettersAsync(Seattle);
        var print = letters.QuerySelector("article.member-letter[data-member=C000127] button[formaction$='/print']")!;

        var response = await _client.PressAsync(print, SeedPage, [("office", "99")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

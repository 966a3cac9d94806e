using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CivicAction.Tests.Support;

/// <summary>One printed line as a reader sees it: its text and how far its baseline is from the top of its page, in inches.</summary>
public sealed record PdfLine(string Text, double InchesFromTop);

/// <summary>
/// A PDF read back the way a person reads it, with PdfPig: each page's lines top to bottom (letters grouped by their
/// baseline, left to right), the fonts its text is drawn in, and the strokes drawn on each page.
/// </summary>
public sealed class PdfText
{
    private PdfText(IReadOnlyList<IReadOnlyList<PdfLine>> pages, IReadOnlyList<string> fonts,
        IReadOnlyList<IReadOnlyList<(double Left, double Right, double InchesFromTop)>> strokes)
    {
        Pages = pages;
        Fonts = fonts;
        Strokes = strokes;
    }

    public IReadOnlyList<IReadOnlyList<PdfLine>> Pages { get; }

    /// <summary>The names of the fonts the text is drawn in (an embedded subset's name starts with a six-letter tag and '+').</summary>
    public IReadOnlyList<string> Fonts { get; }

    /// <summary>Each page's drawn strokes: their left and right ends in points and their height from the top in inches.</summary>
    public IReadOnlyList<IReadOnlyList<(double Left, double Right, double InchesFromTop)>> Strokes { get; }

    public IEnumerable<PdfLine> Lines => Pages.SelectMany(p => p);

    /// <summary>The whole text, a line per printed line and a blank line between pages.</summary>
    public string Text => string.Join("\n\n", Pages.Select(p => string.Join('\n', p.Select(l => l.Text))));

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = new List<IReadOnlyList<PdfLine>>();
        var strokes = new List<IReadOnlyList<(double, double, double)>>();
        var fonts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in document.GetPages())
        {
            pages.Add(LinesOf(page));
            fonts.UnionWith(page.Letters.Select(l => l.FontName ?? ""));
            strokes.Add([.. page.Paths.Where(p => p.IsStroked).Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
                .Select(r => (r.Left, r.Right, (page.Height - r.Bottom) / 72))]);
        }

        return new PdfText(pages, [.. fonts], strokes);
    }

    public static async Task<PdfText> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Content.Headers.ContentType?.MediaType != "application/pdf")
        {
            throw new InvalidDataException($"expected application/pdf, got {response.Content.Headers.ContentType?.MediaType ?? "no content type"}");
        }

        return Read(await response.Content.ReadAsByteArrayAsync());
    }

    private static List<PdfLine> LinesOf(Page page) =>
        [.. page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => new PdfLine(Join(g.OrderBy(l => l.StartBaseLine.X)), (page.Height - g.Key) / 72))];

    // A reader that drew no space glyph between two words still leaves a gap; a gap wider than a fifth of the type size is a space.
    private static string Join(IEnumerable<Letter> letters)
    {
        var text = new StringBuilder();
        Letter? before = null;
        foreach (var letter in letters)
        {
            if (before is not null && letter.Value != " " && before.Value != " "
                && letter.StartBaseLine.X - before.EndBaseLine.X > before.PointSize / 5)
            {
                text.Append(' ');
            }

            text.Append(letter.Value);
            before = letter;
        }

        return text.ToString();
    }
}

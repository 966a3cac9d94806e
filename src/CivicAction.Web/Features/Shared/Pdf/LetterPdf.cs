using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CivicAction.Web.Features.Shared.Pdf;

/// <summary>
/// A letter as a PDF to print: US Letter, one-inch margins, DejaVu Serif embedded (so every character prints on any
/// reader), lines wrapped to the measured width, as many pages as it takes, and a footer on every page with the
/// letter's date and "Page N of M". A block may be placed at a set height on the first page (the inside address in an
/// envelope's window), and fold marks drawn in the left margin of the first page.
/// </summary>
public static class LetterPdf
{
    public const double PointsPerInch = 72;
    private const double PageWidth = 612;
    private const double PageHeight = 792;
    private const double Margin = 72;
    private const double FontSize = 11;
    private const double FooterFontSize = 9;
    private const double Leading = 15;
    private const double TextWidth = PageWidth - (2 * Margin);
    private const double FooterBaseline = PageHeight - (Margin / 2);

    // The letters go to agencies and offices in English, so their dates are written the American English way.
    private static readonly CultureInfo LetterCulture = CultureInfo.GetCultureInfo("en-US");

    public static byte[] Render(string text, DateOnly date) => Render([new PdfBlock(text)], date);

    /// <summary>The blocks in order, each flowing after the one before unless it is placed; fold marks in inches from the top.</summary>
    public static byte[] Render(IReadOnlyList<PdfBlock> blocks, DateOnly date, IReadOnlyList<double>? foldMarksInches = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        LetterFonts.Install();
        var font = new XFont(LetterFonts.Family, FontSize, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);
        var footerFont = new XFont(LetterFonts.Family, FooterFontSize, XFontStyleEx.Regular, XPdfFontOptions.UnicodeDefault);

        using var document = new PdfDocument();
        var pages = Layout(blocks, font);
        var dated = date.ToString("MMMM d, yyyy", LetterCulture);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            using var gfx = XGraphics.FromPdfPage(page);
            if (i == 0)
            {
                foreach (var mark in foldMarksInches ?? [])
                {
                    // A short tick in the left margin where the page is folded in thirds.
                    var y = mark * PointsPerInch;
                    gfx.DrawLine(new XPen(XColors.Black, 0.5), 18, y, 36, y);
                }
            }

            foreach (var (top, line) in pages[i])
            {
                gfx.DrawString(line, font, XBrushes.Black, Margin, top, XStringFormats.BaseLineLeft);
            }

            gfx.DrawString(dated, footerFont, XBrushes.Black, Margin, FooterBaseline, XStringFormats.BaseLineLeft);
            gfx.DrawString(string.Create(LetterCulture, $"Page {i + 1} of {pages.Count}"), footerFont, XBrushes.Black,
                PageWidth - Margin, FooterBaseline, XStringFormats.BaseLineRight);
        }

        using var pdf = new MemoryStream();
        document.Save(pdf, false);
        return pdf.ToArray();
    }

    /// <summary>Each line with its baseline in points from the top of its page; a page break whenever the bottom margin is reached.</summary>
    private static List<List<(double Top, string Line)>> Layout(IReadOnlyList<PdfBlock> blocks, XFont font)
    {
        // Text is measured before the pages are drawn (the footer needs their count), on a scratch page never saved.
        using var scratch = new PdfDocument();
        using var measure = XGraphics.FromPdfPage(scratch.AddPage());
        var pages = new List<List<(double, string)>> { new() };
        var top = Margin + FontSize;
        foreach (var block in blocks)
        {
            if (block.AtInchesFromTop is { } at && pages.Count == 1)
            {
                // A placed block may sit above the top margin (a return address), but never over text before it.
                var wanted = (at * PointsPerInch) + FontSize;
                top = pages[0].Count == 0 ? wanted : Math.Max(top, wanted);
            }

            foreach (var line in Wrap(block.Text, s => measure.MeasureString(s, font).Width, TextWidth))
            {
                if (top > PageHeight - Margin)
                {
                    pages.Add([]);
                    top = Margin + FontSize;
                }

                pages[^1].Add((top, line));
                top += Leading;
            }
        }

        return pages;
    }

    /// <summary>
    /// The text as lines no wider than <paramref name="maxWidth"/> by <paramref name="width"/>: each paragraph broken
    /// between words, a word wider than a whole line broken between characters. Control characters print as spaces.
    /// </summary>
    public static IEnumerable<string> Wrap(string text, Func<string, double> width, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(width);
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in Printable(paragraph).Split(' '))
            {
                if (line.Length > 0 && width($"{line} {word}") > maxWidth)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                var rest = word;
                while (line.Length == 0 && rest.Length > 1 && width(rest) > maxWidth)
                {
                    var fits = Fitting(rest, width, maxWidth);
                    yield return rest[..fits];
                    rest = rest[fits..];
                }

                line.Append(line.Length > 0 ? " " : "").Append(rest);
            }

            yield return line.ToString();
        }
    }

    /// <summary>How many characters from the start of <paramref name="word"/> fit on a line (at least one, and never half a surrogate pair).</summary>
    private static int Fitting(string word, Func<string, double> width, double maxWidth)
    {
        var fits = 1;
        while (fits < word.Length && width(word[..(fits + 1)]) <= maxWidth)
        {
            fits++;
        }

        return fits < word.Length && char.IsLowSurrogate(word[fits]) ? (fits > 1 ? fits - 1 : fits + 1) : fits;
    }

    private static string Printable(string paragraph) =>
        string.Create(paragraph.Length, paragraph, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
}

/// <summary>Text for <see cref="LetterPdf"/>: flowing after what comes before, or placed on the first page at a set height.</summary>
public sealed record PdfBlock(string Text, double? AtInchesFromTop = null);

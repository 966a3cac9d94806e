using System.Globalization;
using System.Text;

namespace CivicAction.Web.Features.Shared;

/// <summary>
/// A small, dependency-free PDF writer for letters: plain text in Helvetica (one of the standard
/// 14 fonts every reader has, so nothing is embedded), wrapped to the page, US Letter, as many
/// pages as it takes. Characters outside Windows-1252 print as "?". A block may be placed at a
/// set height on the first page (the inside address in an envelope's window), and fold marks drawn.
/// </summary>
public static class PlainTextPdf
{
    public const double PointsPerInch = 72;
    private const double PageWidth = 612;
    private const double PageHeight = 792;
    private const double Margin = 72;
    private const double FontSize = 11;
    private const double Leading = 15;
    private const int CharsPerLine = 84; // Helvetica averages about half an em per character

    public static byte[] Render(string text) => Render([new PdfBlock(text)]);

    /// <summary>The blocks in order, each flowing after the one before unless it is placed; fold marks in inches from the top.</summary>
    public static byte[] Render(IReadOnlyList<PdfBlock> blocks, IReadOnlyList<double>? foldMarksInches = null)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var pages = Layout(blocks);
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii($"<< /Type /Pages /Count {pages.Count} /Kids [{string.Join(' ', pages.Select((_, i) => $"{4 + (2 * i)} 0 R"))}] >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
        };
        for (var i = 0; i < pages.Count; i++)
        {
            var content = PageContent(pages[i], i == 0 ? foldMarksInches ?? [] : []);
            objects.Add(Ascii(string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + (2 * i)} 0 R >>")));
            objects.Add([.. Ascii($"<< /Length {content.Length} >>\nstream\n"), .. content, .. Ascii("\nendstream")]);
        }

        using var pdf = new MemoryStream();
        Write(pdf, Ascii("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(pdf, Ascii($"{i + 1} 0 obj\n"));
            Write(pdf, objects[i]);
            Write(pdf, Ascii("\nendobj\n"));
        }

        var xref = pdf.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(pdf, Ascii(table.ToString()));
        return pdf.ToArray();
    }

    /// <summary>Each line with its baseline in points from the top of its page; a page break whenever the margin is reached.</summary>
    private static List<List<(double Top, string Line)>> Layout(IReadOnlyList<PdfBlock> blocks)
    {
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

            foreach (var line in Wrap(block.Text))
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

    /// <summary>Lines of at most <see cref="CharsPerLine"/> characters, broken between words.</summary>
    public static IEnumerable<string> Wrap(string text)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > CharsPerLine)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                var rest = word;
                while (rest.Length > CharsPerLine)
                {
                    yield return rest[..CharsPerLine];
                    rest = rest[CharsPerLine..];
                }

                line.Append(line.Length > 0 ? " " : "").Append(rest);
            }

            yield return line.ToString();
        }
    }

    private static byte[] PageContent(List<(double Top, string Line)> lines, IReadOnlyList<double> foldMarksInches)
    {
        var content = new MemoryStream();
        foreach (var mark in foldMarksInches)
        {
            // A short tick in the left margin where the page is folded in thirds.
            var y = PageHeight - (mark * PointsPerInch);
            Write(content, Ascii(string.Create(CultureInfo.InvariantCulture, $"0.5 w 18 {y:0.##} m 36 {y:0.##} l S\n")));
        }

        Write(content, Ascii(string.Create(CultureInfo.InvariantCulture, $"BT\n/F1 {FontSize} Tf\n")));
        foreach (var (top, line) in lines)
        {
            Write(content, Ascii(string.Create(CultureInfo.InvariantCulture, $"1 0 0 1 {Margin} {PageHeight - top:0.##} Tm (")));
            Write(content, Escape(WinAnsi(line)));
            Write(content, Ascii(") Tj\n"));
        }

        Write(content, Ascii("ET"));
        return content.ToArray();
    }

    private static byte[] WinAnsi(string text)
    {
        var bytes = new List<byte>(text.Length);
        foreach (var c in text)
        {
            bytes.Add(c switch
            {
                < (char)0x20 => (byte)' ',
                < (char)0x7F => (byte)c,
                >= (char)0xA0 and <= (char)0xFF => (byte)c,
                '€' => 0x80, '‚' => 0x82, '„' => 0x84, '…' => 0x85, '‘' => 0x91, '’' => 0x92,
                '“' => 0x93, '”' => 0x94, '•' => 0x95, '–' => 0x96, '—' => 0x97, '™' => 0x99,
                _ => (byte)'?',
            });
        }

        return [.. bytes];
    }

    private static byte[] Escape(byte[] text)
    {
        var escaped = new List<byte>(text.Length);
        foreach (var b in text)
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
            {
                escaped.Add((byte)'\\');
            }

            escaped.Add(b);
        }

        return [.. escaped];
    }

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    private static void Write(Stream stream, byte[] bytes) => stream.Write(bytes);
}

/// <summary>Text for <see cref="PlainTextPdf"/>: flowing after what comes before, or placed on the first page at a set height.</summary>
public sealed record PdfBlock(string Text, double? AtInchesFromTop = null);

using CivicAction.Web.Features.Shared;
using System.Text;
using CivicAction.Web.Features.Foia.Downloads;

namespace CivicAction.Tests.Features.Foia.Downloads;

/// <summary>The files a request page offers, written without a library: a PDF and an iCalendar event.</summary>
public sealed class DownloadFormatTests
{
    [Fact]
    public void Pdf_IsAValidFileWithEveryLineAndEscapedParentheses()
    {
        var letter = string.Join('\n', Enumerable.Range(1, 120).Select(i => $"Line {i} (with parentheses) and § 552 “quotes”"));
        var pdf = Encoding.Latin1.GetString(PlainTextPdf.Render(letter));

        Assert.StartsWith("%PDF-1.4", pdf, StringComparison.Ordinal);
        Assert.Contains("/Count 3", pdf, StringComparison.Ordinal); // 120 lines at 42 a page
        Assert.Contains("(Line 120 \\(with parentheses\\) and \u00A7 552 \u0093quotes\u0094) Tj", pdf, StringComparison.Ordinal);
        var xref = int.Parse(pdf[(pdf.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("xref", pdf.Substring(xref, 4));
    }

    [Fact]
    public void Pdf_WrapsLongLinesBetweenWords()
    {
        var lines = PlainTextPdf.Wrap(string.Join(' ', Enumerable.Repeat("word", 60))).ToList();
        Assert.All(lines, l => Assert.True(l.Length <= 84));
        Assert.Equal(60, lines.Sum(l => l.Split(' ').Length));
    }

    [Fact]
    public void Calendar_IsAnAllDayEvent_WithEscapedAndFoldedText()
    {
        var ics = DueDateCalendar.Create("CivicAction", "uid-1", new DateOnly(2025, 12, 26), "FOIA answer due: DHS, HQ; now",
            new string('x', 200), new DateTimeOffset(2025, 11, 26, 12, 0, 0, TimeSpan.Zero));

        Assert.Contains("DTSTART;VALUE=DATE:20251226\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20251227\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:FOIA answer due: DHS\\, HQ\\; now\r\n", ics, StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        Assert.Contains("\r\n x", ics, StringComparison.Ordinal);
    }
}

using System.Text;
using CivicAction.Tests.Support;
using CivicAction.Web.Features.Shared.Pdf;

namespace CivicAction.Tests.Features.Shared.Pdf;

/// <summary>The letters' PDF read back as text: every character, the embedded font, the footer on every page, wrapping.</summary>
public sealed class LetterPdfTests
{
    private static readonly DateOnly Dated = new(2026, 12, 1);

    [Fact]
    public void EveryCharacterOfALetter_ComesBack_InAnEmbeddedFont()
    {
        string[] lines =
        [
            "José Núñez",
            "Calle Peña 5, Añasco, PR 00610",
            "Re: records under 5 U.S.C. § 552(a)(3) — “all e-mails” and ‘notes’…",
            "Straße, Ærø, Łódź, Øresund; café crème brûlée; ¿Qué? ¡Sí! 10 € – 20 °C",
            "Parentheses (kept) and back\\slashes",
        ];

        var bytes = LetterPdf.Render(string.Join('\n', lines), Dated);
        var pdf = PdfText.Read(bytes);

        Assert.Equal(lines, pdf.Pages[0].Take(lines.Length).Select(l => l.Text));
        Assert.All(pdf.Fonts, f => Assert.Matches("^[A-Z]{6}\\+DejaVu Serif$", f)); // a subset, so embedded
        Assert.Contains("/FontFile2", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void ALongLetter_SpansPages_EachWithItsNumberAndTheDate()
    {
        var letter = string.Join('\n', Enumerable.Range(1, 100).Select(i => $"Paragraph {i} of the request."));

        var pdf = PdfText.Read(LetterPdf.Render(letter, Dated));

        Assert.Equal(3, pdf.Pages.Count); // 42 lines fit between one-inch margins at 15 points a line
        for (var i = 0; i < pdf.Pages.Count; i++)
        {
            var footer = pdf.Pages[i][^1];
            Assert.Equal($"December 1, 2026 Page {i + 1} of 3", footer.Text);
            Assert.InRange(footer.InchesFromTop, 10.4, 10.6);
        }

        var body = pdf.Lines.Where(l => l.Text.StartsWith("Paragraph ", StringComparison.Ordinal)).Select(l => l.Text);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"Paragraph {i} of the request."), body);
        Assert.All(pdf.Pages, page => Assert.All(page.SkipLast(1), l => Assert.InRange(l.InchesFromTop, 1, 10)));
    }

    [Fact]
    public void LongLinesAndWords_WrapWithinTheMargins_AndNothingIsLost()
    {
        var words = string.Join(' ', Enumerable.Range(1, 150).Select(i => $"word{i}"));
        var url = "https://example.gov/" + string.Concat(Enumerable.Repeat("averyveryverylongpath/", 12));

        var pdf = PdfText.Read(LetterPdf.Render($"{words}\n{url}", Dated));

        var lines = pdf.Pages[0].SkipLast(1).Select(l => l.Text).ToList();
        Assert.True(lines.Count > 6, string.Join('\n', lines));
        Assert.Equal(words, string.Join(' ', lines.TakeWhile(l => l.StartsWith("word", StringComparison.Ordinal))));
        Assert.Equal(url, string.Concat(lines.SkipWhile(l => l.StartsWith("word", StringComparison.Ordinal))));
    }

    [Fact]
    public void Wrap_KeepsEveryLineWithinTheWidth_BreakingAWordOnlyWhenItIsWiderThanALine()
    {
        static double Width(string s) => s.Length; // one unit a character, so the expected lines can be counted by hand

        var lines = LetterPdf.Wrap("aa bbb cccc ddddddddddddd e", Width, 8).ToList();

        Assert.Equal(["aa bbb", "cccc", "dddddddd", "ddddd e"], lines);
    }

    [Fact]
    public void Wrap_NeverSplitsASurrogatePair()
    {
        static double Width(string s) => s.Length;

        var lines = LetterPdf.Wrap("ab😀cd", Width, 3).ToList();

        Assert.Equal(["ab", "😀c", "d"], lines);
    }
}

using CivicAction.Core.Briefs;
using static CivicAction.Tests.Support.ParseHelper;

namespace CivicAction.Tests.Core.Briefs;

/// <summary>Files that are not briefs are rejected whole, with FILE:LINE: what was expected.</summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("\uFEFF")]
    public void EmptyFile_IsRejectedWithoutALine(string text)
    {
        var error = Reject(text);
        Assert.Null(error.Line);
        Assert.Equal("bad.txt: the file is empty: expected a brief that starts with a date such as 'November 26, 2025'", error.ToString());
    }

    [Fact]
    public void FirstLineNotADate_IsRejectedAtThatLine()
    {
        var error = Reject("\n\nBreaking news without a date\n\nDek\n");
        Assert.Equal(3, error.Line);
        Assert.Equal("bad.txt:3: expected a date such as 'November 26, 2025' or '2025-11-26', found 'Breaking news without a date'", error.ToString());
    }

    [Theory]
    [InlineData("February 30, 2025")]
    [InlineData("Novembre 26, 2025")]
    [InlineData("2025-13-01")]
    public void ImpossibleDates_AreRejected(string date)
    {
        Assert.Equal(1, Reject($"{date}\n\nHeadline\n").Line);
    }

    [Fact]
    public void DateWithoutHeadline_IsRejected()
    {
        var error = Reject("November 26, 2025\n");
        Assert.Equal(2, error.Line);
        Assert.Contains("expected a headline", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActionCutOffBeforeItsTitle_IsRejectedAtItsKind()
    {
        var error = Reject("November 26, 2025\n\nHeadline\n\nDek\n\nWhat You Can Do\n\n1\n\ncivic action\n\nTitle\n\n2\n\ncall\n");
        Assert.Equal(17, error.Line);
        Assert.Equal("bad.txt:17: action 2 is cut off before its title: expected a kind (such as 'civic action') and a title after the number", error.ToString());
    }

    [Fact]
    public void ActionNumberAlone_IsRejectedAtTheNumber()
    {
        var error = Reject("November 26, 2025\n\nHeadline\n\nWhat You Can Do\n\n1\n");
        Assert.Equal(7, error.Line);
        Assert.Contains("action 1 is cut off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TextBeforeTheFirstActionNumber_IsRejected()
    {
        var error = Reject("November 26, 2025\n\nHeadline\n\nWhat You Can Do\n\nCall your senator\n");
        Assert.Equal(7, error.Line);
        Assert.Contains("expected the number 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BytesThatAreNotUtf8_AreRejectedAtTheirLine()
    {
        var bytes = "November 26, 2025\n\nHeadline\n"u8.ToArray().Concat(new byte[] { 0x43, 0xE9, 0x6C, 0x0A }).ToArray();
        var error = Reject(bytes);
        Assert.Equal(4, error.Line);
        Assert.Contains("expected UTF-8 text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFile_IsRejected()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
        var error = Reject(png);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void ControlCharacters_AreRejectedAtTheirLine()
    {
        var error = Reject("November 26, 2025\n\nHead\0line\n");
        Assert.Equal(3, error.Line);
        Assert.Contains("U+0000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectedFile_NeverYieldsAPartialBrief()
    {
        var result = BriefParser.Parse("bad.txt", "November 26, 2025\n\nHeadline\n\nWhat You Can Do\n\n1\n\ncivic action\n");
        Assert.Null(result.Brief);
        Assert.NotNull(result.Error);
    }
}

using CivicAction.Core.Formats;

namespace CivicAction.Tests.Core.Formats;

/// <summary>The one CSV reader, shared by the agency directory and the reference data of Congress.</summary>
public sealed class CsvTableTests
{
    [Fact]
    public void QuotedFields_KeepCommasQuotesAndLineBreaks_AndRowsKnowTheirLine()
    {
        var table = CsvTable.Parse("t.csv", "\uFEFFname,address\r\nAnn,\"1 Main St, Apt \"\"B\"\"\nSpringfield\"\n\nBen,2 Elm St\n", ["name", "address"]);

        Assert.Equal(["name", "address"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("1 Main St, Apt \"B\"\nSpringfield", table.Rows[0]["address"]);
        Assert.Equal((2, 5), (table.Rows[0].Line, table.Rows[1].Line));
        Assert.Null(table.Rows[1].Optional("phone"));
    }

    [Theory]
    [InlineData("a,b\n1,\"2\n", 2, "a quoted field is not closed")]
    [InlineData("a,b\n1,2\"x\n", 2, "a quote inside an unquoted field")]
    [InlineData("a,b\n1,\"2\"x\n", 2, "expected a comma or the end of the line")]
    [InlineData("a,b\n1\n", 2, "expected 2 fields as in the header, found 1")]
    [InlineData("a\n1\n", 1, "missing: b")]
    [InlineData("a,a,b\n", 1, "names column 'a' twice")]
    [InlineData("", 1, "the file is empty")]
    public void ABrokenFile_IsRejectedAtItsLine(string text, int line, string expected)
    {
        var e = Assert.Throws<FileRejectedException>(() => CsvTable.Parse("t.csv", text, ["a", "b"]));

        Assert.Equal(line, e.Error.Line);
        Assert.Contains(expected, e.Error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"t.csv:{line}: ", e.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ARequiredField_LeftEmpty_NamesItsColumnAndLine()
    {
        var table = CsvTable.Parse("t.csv", "a,b\n1, \n", ["a", "b"]);

        var e = Assert.Throws<FileRejectedException>(() => table.Rows[0].Required("b"));
        Assert.Equal("t.csv:2: 'b' is empty; every row needs one", e.Error.ToString());
    }
}

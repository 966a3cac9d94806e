using CivicAction.Core.Briefs;
using CivicAction.Core.Formats;

namespace CivicAction.Tests.Support;

/// <summary>Parses fixtures and text in tests, failing with the parser's own message when rejected.</summary>
public static class ParseHelper
{
    public static Brief ParseFixture(string name)
    {
        var result = BriefParser.Parse(name, File.ReadAllBytes(Fixtures.Brief(name)));
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Brief!;
    }

    public static Brief ParseText(string text)
    {
        var result = BriefParser.Parse("test.txt", text);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Brief!;
    }

    public static FileError Reject(string text) => Reject(System.Text.Encoding.UTF8.GetBytes(text));

    public static FileError Reject(byte[] bytes)
    {
        var result = BriefParser.Parse("bad.txt", bytes);
        Assert.False(result.IsSuccess, "expected the file to be rejected");
        return result.Error!;
    }
}

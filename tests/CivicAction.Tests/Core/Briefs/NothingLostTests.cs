using CivicAction.Core.Briefs;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Core.Briefs;

/// <summary>Every paragraph, bullet and line of a brief ends up somewhere in the parsed story.</summary>
public sealed class NothingLostTests
{
    public static TheoryData<string> Briefs => new()
    {
        Fixtures.SeedBrief,
        Fixtures.Brief("crlf_bom_accents.txt"),
        Fixtures.Brief("calls_nested_emoji.txt"),
        Fixtures.Brief("every_kind_of_action.txt"),
        Fixtures.Brief("no_actions.txt"),
        Fixtures.Brief("no_tags_all_body.txt"),
    };

    [Theory]
    [MemberData(nameof(Briefs))]
    public void EveryWordOfTheFile_IsInTheBrief(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var brief = BriefParser.Parse(Path.GetFileName(path), bytes).Brief!;
        Assert.Empty(BriefText.MissingWords(System.Text.Encoding.UTF8.GetString(bytes), brief));
    }

    [Fact]
    public void TheCheckItself_NoticesADroppedParagraph()
    {
        var text = File.ReadAllText(Fixtures.SeedBrief);
        var brief = BriefParser.Parse("seed.txt", text).Brief!;
        var dropped = brief with { Body = brief.Body.Take(2).ToList() }; // the third body paragraph alone mentions MS-13
        Assert.NotEmpty(BriefText.MissingWords(text, dropped));
    }
}

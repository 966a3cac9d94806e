using CivicAction.Core.Briefs;
using CivicAction.Tests.Support;
using static CivicAction.Tests.Support.ParseHelper;

namespace CivicAction.Tests.Core.Briefs;

/// <summary>Bullets nested deeper than <see cref="BriefLimits.MaxListDepth"/> keep their text at the last level.</summary>
public sealed class DeepNestingTests
{
    private static int Depth(IReadOnlyList<ListItem> items) => items.Count == 0 ? 0 : 1 + items.Max(i => Depth(i.Items));

    private static IEnumerable<string> Texts(IReadOnlyList<ListItem> items) => items.SelectMany(i => Texts(i.Items).Prepend(i.Text));

    private static IReadOnlyList<ListItem> Points(Brief brief) =>
        brief.Actions.Single().Blocks.Single(b => b.Label == "My points").Items;

    [Fact]
    public void ThirtyLevels_AreFlattenedBeyondTheLimit_AndNoPointIsLost()
    {
        var brief = ParseText(DeepBrief.Text(30));

        Assert.Equal(BriefLimits.MaxListDepth, Depth(Points(brief)));
        Assert.Equal(Enumerable.Range(1, 30).Select(l => $"Point at level {l}"), Texts(Points(brief)));
    }

    [Fact]
    public void ListsWithinTheLimit_AreKeptAsWritten()
    {
        Assert.Equal(BriefLimits.MaxListDepth, Depth(Points(ParseText(DeepBrief.Text(BriefLimits.MaxListDepth)))));
        Assert.Equal(3, Depth(Points(ParseText(DeepBrief.Text(3)))));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(500)]
    public void DeepBrief_RoundTripsThroughTheJsonContract(int levels)
    {
        var brief = ParseText(DeepBrief.Text(levels));

        var json = BriefJson.Serialize(brief, "council-votes-on-a-nested-plan");
        var back = BriefJson.Deserialize(BriefJson.SerializeCompact(brief))!;

        Assert.Contains($"Point at level {levels}", json, StringComparison.Ordinal);
        Assert.Equal(BriefText.AllText(brief), BriefText.AllText(back));
    }
}

using CivicAction.Tests.Support;

namespace CivicAction.Tests.Features;

/// <summary>Every text of the site has an English and a Spanish value, and the Spanish one is really Spanish.</summary>
public sealed class ResourceTextTests
{
    /// <summary>
    /// Keys whose Spanish value may equal the English one, each with its reason. Empty today: add a key here only when
    /// the same text is right in both languages (a proper name, an abbreviation every Spanish-language page uses).
    /// </summary>
    private static readonly Dictionary<string, string> SameInBothLanguages = new(StringComparer.Ordinal);

    public static TheoryData<string> Sets() => [.. ResourceTexts.All().Select(s => s.Name)];

    [Fact]
    public void TheSiteHasItsResourceSets() =>
        Assert.Superset(new HashSet<string> { "SharedStrings", "StoryStrings", "FoiaStrings", "CongressStrings", "LetterStrings" }, ResourceTexts.All().Select(s => s.Name).ToHashSet());

    [Theory]
    [MemberData(nameof(Sets))]
    public void EveryKey_HasBothLanguages_WithTheSameFormatItems(string set)
    {
        var texts = ResourceTexts.All().Single(s => s.Name == set);

        Assert.Empty(texts.English.Keys.Except(texts.Spanish.Keys)); // a key with no Spanish
        Assert.Empty(texts.Spanish.Keys.Except(texts.English.Keys)); // a Spanish text nothing asks for
        Assert.DoesNotContain(texts.English, e => e.Value.Trim().Length == 0 || texts.Spanish[e.Key].Trim().Length == 0);
        var mismatched = texts.English.Where(e => !ResourceTexts.FormatItems(e.Value).SequenceEqual(ResourceTexts.FormatItems(texts.Spanish[e.Key])));
        Assert.Empty(mismatched.Select(e => e.Key));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void NoSpanishText_IsTheEnglishOne_WithoutAReason(string set)
    {
        var texts = ResourceTexts.All().Single(s => s.Name == set);

        var same = texts.English
            .Where(e => texts.Spanish.TryGetValue(e.Key, out var es) && string.Equals(es.Trim(), e.Value.Trim(), StringComparison.Ordinal))
            .Select(e => $"{set}:{e.Key}")
            .Where(key => !SameInBothLanguages.ContainsKey(key));
        Assert.Empty(same);
    }
}

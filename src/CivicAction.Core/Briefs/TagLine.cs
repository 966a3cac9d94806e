using System.Globalization;
using System.Text;

namespace CivicAction.Core.Briefs;

/// <summary>
/// Reads a tag line such as "🛂Immigration⚖️Justice🌍Foreign Policy": emoji and names with no
/// separators. It walks whole grapheme clusters so flags, keycaps, variation selectors and ZWJ
/// sequences are never split.
/// </summary>
public static class TagLine
{
    private const int MaxNameLength = 50;

    public static bool TryParse(string line, out IReadOnlyList<Tag> tags)
    {
        tags = [];
        var found = new List<Tag>();
        string? emoji = null;
        var name = new StringBuilder();

        var elements = StringInfo.GetTextElementEnumerator(line);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (IsEmoji(element))
            {
                if (emoji is not null && !TryAdd(found, emoji, name))
                {
                    return false;
                }

                emoji = element;
                name.Clear();
            }
            else if (emoji is null)
            {
                return false; // a tag line starts with an emoji
            }
            else
            {
                name.Append(element);
            }
        }

        if (emoji is null || !TryAdd(found, emoji, name))
        {
            return false;
        }

        tags = found;
        return true;
    }

    private static bool TryAdd(List<Tag> tags, string emoji, StringBuilder name)
    {
        var text = name.ToString().Trim();
        if (text.Length == 0 || text.Length > MaxNameLength || text[^1] is '.' or '!' or '?' or ':' or ',')
        {
            return false;
        }

        tags.Add(new Tag(emoji, text));
        return true;
    }

    /// <summary>Whether a grapheme cluster is an emoji (pictograph, flag, keycap or ZWJ sequence).</summary>
    public static bool IsEmoji(string element)
    {
        if (element.Contains('\u20E3', StringComparison.Ordinal)
            || element.Contains('\uFE0F', StringComparison.Ordinal)
            || element.Contains('\u200D', StringComparison.Ordinal))
        {
            return true;
        }

        var rune = Rune.GetRuneAt(element, 0);
        if (rune.Value >= 0x1F000 && rune.Value <= 0x1FAFF)
        {
            return true; // pictographs, regional indicators (flags), symbols and pictographs extended
        }

        return rune.Value >= 0x2100 && Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;
    }
}

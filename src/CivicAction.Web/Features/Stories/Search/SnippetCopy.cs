namespace CivicAction.Web.Features.Stories.Search;

/// <summary>
/// The bounded copy of a story's searchable parts that snippets are made from, the same for every database: a
/// snippet over the whole text of a long story costs in proportion to its hits, and one call cannot be interrupted.
/// </summary>
public static class SnippetCopy
{
    /// <summary>The most characters of a story's text the snippets are made from (0012_story_snippets.sql).</summary>
    public const int TextLength = 2000;

    /// <summary>The most characters of the headline and of the tags in the snippets' copy.</summary>
    public const int HeadlineLength = 300;

    /// <summary>The most characters of the dek in the snippets' copy.</summary>
    public const int DekLength = 600;

    /// <summary>
    /// The start of <paramref name="value"/> that the snippets' copy keeps, exactly as 0012_story_snippets.sql cut
    /// the stories it found: at most <paramref name="limit"/> characters, counted as SQLite counts them (code
    /// points), cut after the last whole word that fits (a word ends at a space, tab or line break), or at the
    /// limit when no word ends before it.
    /// </summary>
    public static string Bounded(string value, int limit)
    {
        if (CodePoints(value, limit) == value.Length)
        {
            return value;
        }

        var end = CodePoints(value, limit + 1);
        while (end > 0 && !IsBlank(value[end - 1]))
        {
            end--; // the word the limit cuts
        }

        while (end > 0 && IsBlank(value[end - 1]))
        {
            end--;
        }

        return value[..(end > 0 ? end : CodePoints(value, limit))];

        static bool IsBlank(char c) => c is ' ' or '\t' or '\n' or '\r';
    }

    /// <summary>The length in UTF-16 units of the first <paramref name="count"/> code points of a string.</summary>
    private static int CodePoints(string value, int count)
    {
        var index = 0;
        for (var n = 0; n < count && index < value.Length; n++)
        {
            index += char.IsHighSurrogate(value[index]) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]) ? 2 : 1;
        }

        return index;
    }
}

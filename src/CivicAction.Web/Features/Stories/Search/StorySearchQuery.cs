using System.Text;
using System.Text.RegularExpressions;

namespace CivicAction.Web.Features.Stories.Search;

/// <summary>
/// Turns whatever a reader types into a safe FTS5 query. FTS5 has its own syntax (quotes, AND,
/// NEAR, parentheses, column filters) in which most stray input is an error, so the query is
/// rebuilt from words only: "quoted phrases" stay phrases, a trailing * stays a prefix search,
/// every other word must appear. Operators, brackets and symbols are ignored, never passed on.
/// </summary>
public sealed partial class StorySearchQuery
{
    public const int MaxInputLength = 500;
    public const int MaxTerms = 16;

    private StorySearchQuery(string text, string? match)
    {
        Text = text;
        Match = match;
    }

    /// <summary>What the reader typed (trimmed and capped), to show back in the search box.</summary>
    public string Text { get; }

    /// <summary>The FTS5 MATCH expression, or null when the input has no word to search for.</summary>
    public string? Match { get; }

    public bool IsEmpty => Match is null;

    public static StorySearchQuery Parse(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length > MaxInputLength)
        {
            text = text[..MaxInputLength];
        }

        var terms = new List<string>();
        foreach (Match part in Part().Matches(text))
        {
            if (terms.Count == MaxTerms)
            {
                break;
            }

            if (part.Groups["phrase"].Success)
            {
                var words = Word().Matches(part.Groups["phrase"].Value).Select(w => w.Value).ToList();
                if (words.Count > 0)
                {
                    terms.Add(Quote(string.Join(' ', words)));
                }
            }
            else if (part.Groups["word"].Success)
            {
                var word = part.Groups["word"].Value;
                if (word is "AND" or "OR" or "NOT" or "NEAR")
                {
                    continue; // operators are not words to look for
                }

                terms.Add(Quote(word) + (part.Groups["prefix"].Success ? "*" : ""));
            }
        }

        return new StorySearchQuery(text, terms.Count == 0 ? null : string.Join(' ', terms));
    }

    // Terms are quoted so FTS5 sees them as strings; a double quote inside is doubled.
    private static string Quote(string term) => new StringBuilder("\"").Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();

    [GeneratedRegex(@"""(?<phrase>[^""]*)""|(?<word>[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)(?<prefix>\*)?", RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

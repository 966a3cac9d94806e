using System.Text.RegularExpressions;

namespace CivicAction.Web.Features.Stories.Search;

/// <summary>One thing to look for: a word, a "quoted phrase", or the start of a word (typed with a trailing *).</summary>
public sealed record SearchTerm(string Text, bool IsPhrase, bool IsPrefix);

/// <summary>
/// Whatever a reader types, reduced to words. Search engines have their own syntax (quotes, AND, NEAR, parentheses,
/// column filters) in which most stray input is an error, so the query keeps words only: "quoted phrases" stay
/// phrases, a trailing * stays a prefix search, every other word must appear. Operators, brackets and symbols are
/// ignored, never passed on; each index writes the terms in its own syntax.
/// </summary>
public sealed partial class StorySearchQuery
{
    public const int MaxInputLength = 500;
    public const int MaxTerms = 16;

    private StorySearchQuery(string text, IReadOnlyList<SearchTerm> terms)
    {
        Text = text;
        Terms = terms;
    }

    /// <summary>What the reader typed (trimmed and capped), to show back in the search box.</summary>
    public string Text { get; }

    /// <summary>The words and phrases to look for, at most <see cref="MaxTerms"/>; empty when there is none.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    public bool IsEmpty => Terms.Count == 0;

    public static StorySearchQuery Parse(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length > MaxInputLength)
        {
            text = text[..MaxInputLength];
        }

        var terms = new List<SearchTerm>();
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
                    terms.Add(new SearchTerm(string.Join(' ', words), IsPhrase: true, IsPrefix: false));
                }
            }
            else if (part.Groups["word"].Success)
            {
                var word = part.Groups["word"].Value;
                if (word is "AND" or "OR" or "NOT" or "NEAR")
                {
                    continue; // operators are not words to look for
                }

                terms.Add(new SearchTerm(word, IsPhrase: false, IsPrefix: part.Groups["prefix"].Success));
            }
        }

        return new StorySearchQuery(text, terms);
    }

    [GeneratedRegex(@"""(?<phrase>[^""]*)""|(?<word>[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*)(?<prefix>\*)?", RegexOptions.CultureInvariant)]
    private static partial Regex Part();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

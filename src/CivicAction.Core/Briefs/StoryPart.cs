using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>
/// The part of a brief between the date and "What You Can Do": headline, dek, summary and body
/// paragraphs and the tag line. Every paragraph comes out once, in order.
/// </summary>
internal sealed partial record StoryPart(string Headline, string Dek, List<string> Summary, List<string> Body, IReadOnlyList<Tag> Tags)
{
    // The leading "key points" of a brief are paragraphs of one or two sentences.
    private const int MaxSummarySentences = 2;

    public static StoryPart Parse(List<SourceLine> lines, int start, int end, int dateLineNumber)
    {
        var blocks = Blocks(lines, start, end);
        if (blocks.Count == 0)
        {
            throw new BriefFormatException(dateLineNumber + 1, "expected a headline after the date");
        }

        // Headline and dek are one line each; a block that holds more lines keeps the rest as paragraphs.
        var headline = TakeFirstLine(blocks);
        var tags = TakeTags(blocks);
        var dek = blocks.Count > 0 ? TakeFirstLine(blocks) : "";
        var paragraphs = blocks.Select(BriefParser.JoinParagraph).ToList();
        var summaryCount = SummaryLength(paragraphs);
        return new StoryPart(headline, dek, paragraphs[..summaryCount], paragraphs[summaryCount..], tags);
    }

    private static List<List<SourceLine>> Blocks(List<SourceLine> lines, int start, int end)
    {
        var blocks = new List<List<SourceLine>>();
        List<SourceLine>? current = null;
        for (var i = start; i < end; i++)
        {
            if (lines[i].IsBlank)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                blocks.Add(current);
            }

            current.Add(lines[i]);
        }

        return blocks;
    }

    private static string TakeFirstLine(List<List<SourceLine>> blocks)
    {
        var block = blocks[0];
        var text = ActionParser.Clean(block[0].Text);
        block.RemoveAt(0);
        if (block.Count == 0)
        {
            blocks.RemoveAt(0);
        }

        return text;
    }

    // The tag line is the last block of the story part, alone on its line.
    private static IReadOnlyList<Tag> TakeTags(List<List<SourceLine>> blocks)
    {
        if (blocks.Count == 0 || blocks[^1].Count != 1 || !TagLine.TryParse(blocks[^1][0].Text, out var tags))
        {
            return [];
        }

        blocks.RemoveAt(blocks.Count - 1);
        return tags;
    }

    /// <summary>
    /// How many leading paragraphs form the summary: the run of short paragraphs, provided a
    /// longer one follows. When the split is not evident every paragraph is body.
    /// </summary>
    private static int SummaryLength(List<string> paragraphs)
    {
        var run = 0;
        while (run < paragraphs.Count && CountSentences(paragraphs[run]) <= MaxSummarySentences)
        {
            run++;
        }

        return run > 0 && run < paragraphs.Count ? run : 0;
    }

    private static int CountSentences(string paragraph) => SentenceEnd().Count(paragraph) + 1;

    // A sentence ends at . ! or ? (maybe closed by a quote or bracket) before a capital letter;
    // "Nov. 26" and "U.S. custody" do not end one.
    [GeneratedRegex(@"[.!?][""”’')\]]*\s+(?=[""“‘(\[]?\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}

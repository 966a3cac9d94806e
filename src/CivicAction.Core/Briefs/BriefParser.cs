using System.Text;

using CivicAction.Core.Formats;

namespace CivicAction.Core.Briefs;

/// <summary>
/// Parses one news brief (see docs/brief-format.md). A file is either parsed whole or rejected
/// whole with <c>FILE:LINE: what was expected</c>; the parser never throws for bad input.
/// </summary>
public static class BriefParser
{
    /// <summary>Bumped whenever parsing changes, so that re-imports refresh stored stories.</summary>
    public const int Version = 3;

    public static BriefParseResult Parse(string source, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Parse(source, SourceText.Decode(bytes));
        }
        catch (BriefFormatException e)
        {
            return new BriefParseResult(null, new FileError(source, e.Line, e.Message));
        }
    }

    public static BriefParseResult Parse(string source, string text)
    {
        try
        {
            return new BriefParseResult(ParseLines(source, SourceText.SplitLines(text)), null);
        }
        catch (BriefFormatException e)
        {
            return new BriefParseResult(null, new FileError(source, e.Line, e.Message));
        }
    }

    private static Brief ParseLines(string source, List<SourceLine> lines)
    {
        var first = lines.FindIndex(l => !l.IsBlank);
        if (first < 0)
        {
            throw new BriefFormatException(null, $"the file is empty: expected a brief that starts with a date such as '{BriefDate.Example}'");
        }

        var dateLine = lines[first];
        if (!BriefDate.TryParse(dateLine.Text, out var published))
        {
            throw new BriefFormatException(dateLine.Number,
                $"expected a date such as '{BriefDate.Example}' or '2025-11-26', found {SourceText.Describe(dateLine.Text)}");
        }

        var actionsAt = lines.FindIndex(first + 1, l => LineShapes.IsWhatYouCanDo(l.Text));
        var storyEnd = actionsAt < 0 ? lines.Count : actionsAt;
        var story = StoryPart.Parse(lines, first + 1, storyEnd, dateLine.Number);
        var actions = actionsAt < 0 ? [] : ParseActions(lines, actionsAt);

        return new Brief(source, published, story.Headline, story.Dek,
            story.Summary, story.Body, story.Tags, actions);
    }

    private static List<BriefAction> ParseActions(List<SourceLine> lines, int headingIndex)
    {
        var actions = new List<BriefAction>();
        var expected = 1;
        SourceLine? numberLine = null;
        var actionLines = new List<SourceLine>();

        for (var i = headingIndex + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank && numberLine is null)
            {
                continue;
            }

            if (!line.IsBlank && LineShapes.IsActionNumber(line.Text, expected))
            {
                if (numberLine is { } previous)
                {
                    actions.Add(ActionParser.Parse(expected - 1, previous, actionLines));
                }

                numberLine = line;
                actionLines = [];
                expected++;
            }
            else if (numberLine is null)
            {
                throw new BriefFormatException(line.Number,
                    $"expected the number 1 of the first action after 'What You Can Do', found {SourceText.Describe(line.Text)}");
            }
            else
            {
                actionLines.Add(line);
            }
        }

        if (numberLine is { } last)
        {
            actions.Add(ActionParser.Parse(expected - 1, last, actionLines));
        }

        return actions;
    }

    internal static string JoinParagraph(IEnumerable<SourceLine> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(sb.Length == 0 ? "" : " ").Append(line.Text);
        }

        return TextNormalizer.RepairDoubledNames(sb.ToString());
    }
}

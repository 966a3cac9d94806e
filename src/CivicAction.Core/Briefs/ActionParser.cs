using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>
/// Parses one numbered action: kind, title, description, contact lines, then the key points
/// or letter template as blocks with nested bullets, and finally the reader's guidance.
/// Every line ends up somewhere; nothing is dropped.
/// </summary>
internal static partial class ActionParser
{
    public static BriefAction Parse(int number, SourceLine numberLine, IReadOnlyList<SourceLine> lines)
    {
        var content = lines.Where(l => !l.IsBlank).ToList();
        if (content.Count < 2)
        {
            var line = content.Count == 0 ? numberLine.Number : content[0].Number;
            throw new BriefFormatException(line,
                $"action {number} is cut off before its title: expected a kind (such as 'civic action') and a title after the number");
        }

        var kind = content[0].Text;
        var title = Clean(content[1].Text);
        var next = 2;
        var description = "";
        if (next < content.Count && IsDescription(content[next].Text))
        {
            description = Clean(content[next].Text);
            next++;
        }

        var body = new ActionBodyBuilder();
        for (var i = next; i < content.Count; i++)
        {
            var following = i + 1 < content.Count ? content[i + 1] : (SourceLine?)null;
            var adjacent = content[i].Number == content[i - 1].Number + 1;
            body.Add(content[i], following, adjacent);
        }

        var blocks = body.Blocks();
        var placeholders = PlaceholdersOf(body.Subject, blocks);
        var channel = ChannelOf(kind, title, description, body, blocks);
        return new BriefAction(number, kind, channel, title, description, body.Contacts(), body.Heading,
            body.Subject, blocks, placeholders, body.Guidance());
    }

    internal static string Clean(string text) => TextNormalizer.RepairDoubledNames(text);

    private static bool IsDescription(string text) =>
        ContactLine.Classify(text) == ContactLine.Kind.None
        && !LineShapes.TryBullet(text, out _)
        && !LineShapes.TrySubject(text, out _)
        && !LineShapes.IsLetterOpening(text)
        && !LineShapes.IsGuidanceHeading(text)
        && !text.EndsWith(':')
        && !LineShapes.TryLabel(text, out _, out _);

    private static ActionChannel ChannelOf(string kind, string title, string description, ActionBodyBuilder body, IReadOnlyList<Block> blocks)
    {
        if (Foia().IsMatch(title) || Foia().IsMatch(description) || (body.Heading is { } h && Foia().IsMatch(h)))
        {
            return ActionChannel.Foia;
        }

        if (body.Subject is not null || blocks.Any(b => b.Label is null && LineShapes.IsLetterOpening(b.Text)))
        {
            return ActionChannel.Email;
        }

        var isCall = kind.Contains("call", StringComparison.OrdinalIgnoreCase)
            || title.StartsWith("Call", StringComparison.OrdinalIgnoreCase);
        var hasScript = blocks.Any(b => b.Label?.Contains("script", StringComparison.OrdinalIgnoreCase) == true);
        return isCall && (body.HasPhone || hasScript) ? ActionChannel.Phone : ActionChannel.Other;
    }

    private static List<string> PlaceholdersOf(string? subject, IReadOnlyList<Block> blocks)
    {
        var found = new List<string>();
        void Scan(string? text)
        {
            if (text is null)
            {
                return;
            }

            foreach (var name in Placeholders.In(text))
            {
                if (!found.Contains(name))
                {
                    found.Add(name);
                }
            }
        }

        void ScanItems(IEnumerable<ListItem> items)
        {
            foreach (var item in items)
            {
                Scan(item.Text);
                ScanItems(item.Items);
            }
        }

        Scan(subject);
        foreach (var block in blocks)
        {
            Scan(block.Label);
            Scan(block.Text);
            ScanItems(block.Items);
        }

        return found;
    }

    [GeneratedRegex(@"\bFOIA\b|Freedom of Information", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Foia();
}

using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>
/// Parses one numbered action: kind, title, description, contact lines, then the key points,
/// letter template or steps as blocks with nested bullets, and the reader's guidance.
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

        var parsed = new BriefAction(number, kind, ActionChannel.Other, title, description, body.Contacts(), body.Heading,
            body.Subject, body.Blocks(), [], body.Guidance());
        return parsed with { Channel = ChannelOf(parsed), Placeholders = PlaceholdersOf(parsed) };
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

    private static ActionChannel ChannelOf(BriefAction action)
    {
        if (Foia().IsMatch(action.Title) || Foia().IsMatch(action.Description) || (action.Heading is { } h && Foia().IsMatch(h)))
        {
            return ActionChannel.Foia;
        }

        // A salutation opens a letter, whether it stands alone or under a label ("Sample letter:" then "Dear ...").
        if (action.Subject is not null || action.Blocks.Any(b => b.Role == BlockRole.Message && LineShapes.IsLetterOpening(b.Text)))
        {
            return ActionChannel.Email;
        }

        var isCall = action.Kind.Contains("call", StringComparison.OrdinalIgnoreCase)
            || action.Title.StartsWith("Call", StringComparison.OrdinalIgnoreCase);
        var hasPhone = action.Contacts.Phones.Count > 0 || action.Mentioned.Phones.Count > 0;
        var hasScript = action.Blocks.Any(b => b.Label?.Contains("script", StringComparison.OrdinalIgnoreCase) == true);
        return isCall && (hasPhone || hasScript) ? ActionChannel.Phone : ActionChannel.Other;
    }

    /// <summary>Every placeholder of every part of the action (title to guidance), once each, in that order.</summary>
    private static List<string> PlaceholdersOf(BriefAction action)
    {
        var found = new List<string>();
        foreach (var name in ActionTexts.Of(action).SelectMany(Placeholders.In))
        {
            if (!found.Contains(name))
            {
                found.Add(name);
            }
        }

        return found;
    }

    [GeneratedRegex(@"\bFOIA\b|Freedom of Information", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Foia();
}

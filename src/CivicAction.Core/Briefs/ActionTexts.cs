namespace CivicAction.Core.Briefs;

/// <summary>Every text of an action, in the order of its parts: title, description, heading, subject, blocks, guidance.</summary>
public static class ActionTexts
{
    public static IEnumerable<string> Of(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        yield return action.Title;
        yield return action.Description;
        if (action.Heading is { } heading)
        {
            yield return heading;
        }

        if (action.Subject is { } subject)
        {
            yield return subject;
        }

        foreach (var text in action.Blocks.SelectMany(Of))
        {
            yield return text;
        }

        if (action.Guidance is { } guidance)
        {
            yield return guidance.Heading;
            foreach (var text in Of(guidance.Items))
            {
                yield return text;
            }
        }
    }

    /// <summary>A block's label, its text and every item under it, depth first.</summary>
    public static IEnumerable<string> Of(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Label is { } label)
        {
            yield return label;
        }

        yield return block.Text;
        foreach (var text in Of(block.Items))
        {
            yield return text;
        }
    }

    public static IEnumerable<string> Of(IEnumerable<ListItem> items) =>
        items.SelectMany(i => Of(i.Items).Prepend(i.Text));
}

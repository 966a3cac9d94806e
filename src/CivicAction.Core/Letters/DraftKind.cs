using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters;

/// <summary>What the app drafts for an action, and so which page its "take this action" button leads to.</summary>
public enum DraftKind
{
    /// <summary>Nothing to draft yet: the action's own page shows what the brief says.</summary>
    None,

    /// <summary>A Freedom of Information Act request to a federal agency.</summary>
    FoiaRequest,

    /// <summary>A letter from a constituent to their own members of Congress.</summary>
    CongressLetter,
}

/// <summary>The one place that decides, from a parsed action, what the app drafts for it.</summary>
public static partial class DraftKinds
{
    public static DraftKind Of(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Channel switch
        {
            ActionChannel.Foia => DraftKind.FoiaRequest,
            ActionChannel.Email when WritesToCongress(action) => DraftKind.CongressLetter,
            _ => DraftKind.None,
        };
    }

    /// <summary>A letter meant for the reader's own members of Congress (not, say, a committee chair or an agency).</summary>
    private static bool WritesToCongress(BriefAction action) =>
        CongressWords().IsMatch(action.Title) || CongressWords().IsMatch(action.Description)
        || action.Placeholders.Any(p => CongressWords().IsMatch(p));

    [GeneratedRegex(@"\b(?:members? of Congress|Congress(?:man|woman|ional)?|senators?|representatives?|House member)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CongressWords();
}

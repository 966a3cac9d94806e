using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;

namespace CivicAction.Web.Features.Stories;

/// <summary>An action as the _Action partial shows it: on its story page (with a call to act) or on its own page.</summary>
public sealed partial record ActionView(string StorySlug, BriefAction Action, int HeadingLevel, bool ShowCallToAct)
{
    public string Channel => Action.Channel.ToString().ToLowerInvariant();

    public string ActionPath => $"/stories/{StorySlug}/actions/{Action.Number}";

    public string Id => $"action-{Action.Number}";

    /// <summary>Where drafting happens for this action, or null when the action page itself is the place.</summary>
    public string? DraftPath => DraftPathFor(StorySlug, Action);

    /// <summary>The page that drafts an action: FOIA requests, and letters to members of Congress.</summary>
    public static string? DraftPathFor(string storySlug, BriefAction action) => action.Channel switch
    {
        ActionChannel.Foia => $"/stories/{storySlug}/actions/{action.Number}/foia",
        ActionChannel.Email when WritesToCongress(action) => $"/stories/{storySlug}/actions/{action.Number}/congress",
        _ => null,
    };

    /// <summary>A letter meant for the reader's own members of Congress (not, say, a committee chair).</summary>
    public static bool WritesToCongress(BriefAction action) =>
        CongressWords().IsMatch(action.Title) || CongressWords().IsMatch(action.Description)
        || action.Placeholders.Any(p => CongressWords().IsMatch(p));

    [GeneratedRegex(@"\b(?:members? of Congress|Congress(?:man|woman|ional)?|senators?|representatives?|House member)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CongressWords();
}

using CivicAction.Core.Briefs;

namespace CivicAction.Web.Rendering;

/// <summary>An action as the _Action partial shows it: on its story page (with a call to act) or on its own page.</summary>
public sealed record ActionView(string StorySlug, BriefAction Action, int HeadingLevel, bool ShowCallToAct)
{
    public string Channel => Action.Channel.ToString().ToLowerInvariant();

    public string ActionPath => $"/stories/{StorySlug}/actions/{Action.Number}";

    public string Id => $"action-{Action.Number}";
}

using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Web.Features.Stories;

/// <summary>An action as the _Action partial shows it: on its story page (with a call to act) or on its own page.</summary>
public sealed record ActionView(string StorySlug, BriefAction Action, int HeadingLevel, bool ShowCallToAct)
{
    public string Channel => ActionLabels.CssName(Action.Channel);

    public string ActionPath => ActionLinks.ActionPath(StorySlug, Action.Number);

    public string Id => $"action-{Action.Number}";

    public DraftKind Draft { get; } = DraftKinds.Of(Action);

    /// <summary>Calls made through the site for this action (only call actions have any).</summary>
    public long CallsMade { get; init; }

    /// <summary>The FOIA brief's e-mail contact lines that are not a way to file, with why (the directory's checked facts).</summary>
    public IReadOnlyDictionary<string, ContactNote> ContactNotes { get; } = BriefContactCheck.Check(Action, AgencyDirectory.Default);

    /// <summary>Where drafting happens for this action, or null when the action page itself is the place.</summary>
    public string? DraftPath => ActionLinks.DraftPath(StorySlug, Action.Number, Draft);
}

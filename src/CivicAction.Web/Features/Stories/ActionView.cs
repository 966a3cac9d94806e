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

    /// <summary>
    /// The action's blocks in the brief's order, grouped in runs: the words to send (shown in the template box) apart
    /// from the reader's steps ("How to file:", "What to bring:"), which are shown beside the box, never inside it. A
    /// subject with no words after it still gets its box.
    /// </summary>
    public IReadOnlyList<BlockRun> BlockRuns { get; } = BlockRun.Of(Action);

    /// <summary>The FOIA brief's e-mail contact lines that are not a way to file, with why (the directory's checked facts).</summary>
    public IReadOnlyDictionary<string, ContactNote> ContactNotes { get; } = BriefContactCheck.Check(Action, AgencyDirectory.Default);

    /// <summary>Whether an address written in the action's texts may be a mail link: not one the agency no longer takes requests at.</summary>
    public bool LinksEmail(string address) =>
        !(ContactNotes.TryGetValue(address, out var note) && note.Verdict == ContactVerdict.NotAccepted);

    /// <summary>The notes for addresses the action's texts mention that are not among its contact lines (those carry their own).</summary>
    public IEnumerable<ContactNote> MentionNotes => ContactNotes.Values.Where(n => !Action.Contacts.Emails.Contains(n.Address, StringComparer.Ordinal));

    /// <summary>Where drafting happens for this action, or null when the action page itself is the place.</summary>
    public string? DraftPath => ActionLinks.DraftPath(StorySlug, Action.Number, Draft);
}

/// <summary>Consecutive blocks of one role: words to send (<see cref="IsMessage"/>) or steps for the reader.</summary>
public sealed record BlockRun(bool IsMessage, IReadOnlyList<Block> Blocks)
{
    public static IReadOnlyList<BlockRun> Of(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var runs = new List<BlockRun>();
        foreach (var block in action.Blocks)
        {
            var isMessage = block.Role == BlockRole.Message;
            if (runs.Count > 0 && runs[^1].IsMessage == isMessage)
            {
                ((List<Block>)runs[^1].Blocks).Add(block);
            }
            else
            {
                runs.Add(new BlockRun(isMessage, new List<Block> { block }));
            }
        }

        if (action.Subject is not null && !runs.Any(r => r.IsMessage))
        {
            runs.Insert(0, new BlockRun(true, new List<Block>()));
        }

        return runs;
    }
}

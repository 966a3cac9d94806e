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

    /// <summary>A call: to the reader's members of Congress (found by the lookup), or to a number the brief gives.</summary>
    Call,

    /// <summary>A public comment composed from the brief's sample, for Regulations.gov or the brief's comment page.</summary>
    PublicComment,

    /// <summary>A meeting to attend: its date, time and place, a calendar file, tips, and a statement to prepare.</summary>
    Attend,

    /// <summary>
    /// A letter or e-mail from the brief's template to someone the site does not look up: an official (a state legislator,
    /// a governor, an agency head, a committee), or anyone else the brief's template writes to (a newspaper's editor, a company).
    /// </summary>
    OfficialLetter,
}

/// <summary>
/// What the app drafts for an action, read from the one classification of actions (<see cref="BriefAction.Type"/>):
/// a FOIA request, or a letter to the reader's members of Congress when the brief gives its template (a subject or a
/// salutation), the shape the Congress drafter needs; a call, a public comment, a meeting, and a letter to another
/// official when the brief gives words for the recipient. An action of type "other" whose words to send have blanks to fill
/// (a letter to the editor) is composed as a letter too, so no template with blanks is left without a composer; any other
/// action of type "other" has nothing to draft: its text is all.
/// </summary>
public static class DraftKinds
{
    public static DraftKind Of(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Type switch
        {
            ActionType.FoiaRequest => DraftKind.FoiaRequest,
            ActionType.CongressLetter when action.Channel == ActionChannel.Email => DraftKind.CongressLetter,
            ActionType.Call => DraftKind.Call,
            ActionType.PublicComment => DraftKind.PublicComment,
            ActionType.Attend => DraftKind.Attend,
            ActionType.OfficialLetter when action.Blocks.Any(b => b.Role == BlockRole.Message) => DraftKind.OfficialLetter,
            ActionType.Other when action.Blocks.Any(b => b.Role == BlockRole.Message && ActionTexts.Of(b).SelectMany(Placeholders.In).Any()) => DraftKind.OfficialLetter,
            _ => DraftKind.None,
        };
    }
}

namespace CivicAction.Core.Briefs;

/// <summary>What an action asks the reader to do; each type has its own page.</summary>
public enum ActionType
{
    /// <summary>Nothing the site drafts or guides: share, donate, sign elsewhere.</summary>
    Other,

    /// <summary>A Freedom of Information Act request to an agency.</summary>
    FoiaRequest,

    /// <summary>A letter or e-mail from a constituent to their own members of Congress.</summary>
    CongressLetter,

    /// <summary>A phone call: to one's members of Congress, or to a number the brief gives.</summary>
    Call,

    /// <summary>A written public comment on a rule or docket (Regulations.gov, or an agency's or council's comment page).</summary>
    PublicComment,

    /// <summary>A public meeting, hearing or town hall to attend.</summary>
    Attend,

    /// <summary>A letter or e-mail to another official: state legislators, a governor, an agency head, a committee.</summary>
    OfficialLetter,
}

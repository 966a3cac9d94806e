namespace CivicAction.Core.Letters.Foia;

/// <summary>What the agency's answer to a request came to, as the requester records it.</summary>
public enum FoiaOutcome
{
    /// <summary>The records were released in full.</summary>
    Granted,

    /// <summary>Some records (or parts of them) were withheld.</summary>
    PartlyDenied,

    /// <summary>The request was denied.</summary>
    Denied,

    /// <summary>The agency says it found no records, which is an adverse determination that can be appealed.</summary>
    NoRecords,
}

/// <summary>How a request reached the agency: the day it did starts the 20 working days.</summary>
public enum SubmissionRoute
{
    /// <summary>Through the agency's web portal.</summary>
    Portal,

    /// <summary>From the requester's own e-mail account.</summary>
    EmailApp,

    /// <summary>By post.</summary>
    Post,

    /// <summary>Sent by the app's outbox after the requester confirmed their address.</summary>
    SentForMe,
}

/// <summary>The one rule for which appeal follows from what happened to a request.</summary>
public static class FoiaAppeals
{
    /// <summary>
    /// The ground of an appeal: an adverse determination (a denial, a partial denial, "no records"), or, when no
    /// answer came and the answer is overdue, the failure to answer in time. Null when there is nothing to appeal:
    /// a request granted in full, or one still within its time.
    /// </summary>
    public static AppealGround? GroundFor(FoiaOutcome? outcome, bool overdue) => outcome switch
    {
        FoiaOutcome.Denied => AppealGround.Denied,
        FoiaOutcome.NoRecords => AppealGround.NoRecords,
        FoiaOutcome.PartlyDenied => AppealGround.PartlyDenied,
        FoiaOutcome.Granted => null,
        _ => overdue ? AppealGround.NoResponse : null,
    };

    /// <summary>Whether an outcome is an adverse determination, from whose date the appeal window runs.</summary>
    public static bool IsAdverse(FoiaOutcome? outcome) => outcome is FoiaOutcome.Denied or FoiaOutcome.PartlyDenied or FoiaOutcome.NoRecords;
}

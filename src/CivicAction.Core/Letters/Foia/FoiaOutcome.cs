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

/// <summary>
/// What the agency's answer said, as the requester records it from the determination letter: the outcome, the
/// exemptions it cited for what it withheld, and whether it also refused the fee category claimed, the fee waiver or
/// expedited processing. Each refusal is an adverse determination of its own that can be appealed (for example
/// 28 CFR 16.6(e)(1) lists a disputed fee matter, a fee waiver and expedited processing beside withholding).
/// </summary>
public sealed record AgencyAnswer(FoiaOutcome? Outcome)
{
    public IReadOnlyList<FoiaExemption> Exemptions { get; init; } = [];

    public bool FeeCategoryDenied { get; init; }

    public bool FeeWaiverDenied { get; init; }

    public bool ExpeditedDenied { get; init; }

    /// <summary>Any part of the answer went against the requester: the appeal window runs from its date.</summary>
    public bool IsAdverse => FoiaAppeals.IsAdverse(Outcome) || FeeCategoryDenied || FeeWaiverDenied || ExpeditedDenied;

    /// <summary>Records were withheld in whole or in part, the only answers in which exemptions are cited.</summary>
    public bool Withheld => Outcome is FoiaOutcome.Denied or FoiaOutcome.PartlyDenied;
}

/// <summary>
/// One appeal letter's subject: a ground, and for a withholding the one exemption that letter is about. Its
/// <see cref="Key"/> names it in addresses ("withholding-b7c", "fee-waiver").
/// </summary>
public sealed record AppealPoint(AppealGround Ground, FoiaExemption? Exemption = null)
{
    public string Key => Ground switch
    {
        AppealGround.Denied or AppealGround.PartlyDenied when Exemption is { } e => "withholding-" + FoiaExemptions.Code(e),
        AppealGround.Denied or AppealGround.PartlyDenied => "withholding",
        AppealGround.NoRecords => "no-records",
        AppealGround.NoResponse => "no-response",
        AppealGround.FeeCategoryDenied => "fee-category",
        AppealGround.FeeWaiverDenied => "fee-waiver",
        _ => "expedited",
    };
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

    /// <summary>
    /// Every appeal letter the answer calls for, one per ground: a withholding gives one letter per exemption the
    /// agency cited (or one general letter when none was recorded), then the fee category, the fee waiver and
    /// expedited processing, each only when the request asked for it and the agency refused it. An expedited appeal
    /// is not offered once everything was released: a complete response leaves nothing to expedite (5 U.S.C.
    /// 552(a)(6)(E)(iv)). Empty when there is nothing to appeal.
    /// </summary>
    public static IReadOnlyList<AppealPoint> PointsFor(AgencyAnswer answer, FoiaRequest request, bool overdue)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(request);
        var points = new List<AppealPoint>();
        if (GroundFor(answer.Outcome, overdue) is { } ground)
        {
            if (answer.Withheld && answer.Exemptions.Count > 0)
            {
                points.AddRange(answer.Exemptions.Distinct().Order().Select(e => new AppealPoint(ground, e)));
            }
            else
            {
                points.Add(new AppealPoint(ground));
            }
        }

        if (answer.FeeCategoryDenied && request.FeeCategory != FeeCategory.Commercial)
        {
            points.Add(new AppealPoint(AppealGround.FeeCategoryDenied));
        }

        if (answer.FeeWaiverDenied && request.FeeWaiverRequested)
        {
            points.Add(new AppealPoint(AppealGround.FeeWaiverDenied));
        }

        if (answer.ExpeditedDenied && request.ExpeditedRequested && answer.Outcome != FoiaOutcome.Granted)
        {
            points.Add(new AppealPoint(AppealGround.ExpeditedDenied));
        }

        return points;
    }

    /// <summary>Whether an outcome is an adverse determination, from whose date the appeal window runs.</summary>
    public static bool IsAdverse(FoiaOutcome? outcome) => outcome is FoiaOutcome.Denied or FoiaOutcome.PartlyDenied or FoiaOutcome.NoRecords;
}

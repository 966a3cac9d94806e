using CivicAction.Core.Formats;
using CivicAction.Core.Deadlines;
using CivicAction.Core.Letters.Foia;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Core.Letters;

namespace CivicAction.Web.Features.Foia;

/// <summary>A stored FOIA request as its private page needs it (a row of <c>foia_requests</c>).</summary>
public sealed record FoiaRecord(
    long Id,
    string? StorySlug,
    long? ActionNumber,
    string? AgencyKey,
    string AgencyName,
    DeliveryChannel Channel,
    string? Destination,
    string Form,
    string Subject,
    string Letter,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SendRequestedAt,
    DateOnly? SubmittedOn,
    SubmissionRoute? SubmittedVia,
    string? TrackingNumber,
    DateOnly? AcknowledgedOn,
    long UnusualCircumstancesFlag,
    DateOnly? AnsweredOn,
    FoiaOutcome? Outcome,
    DateOnly? ReceivedOn,
    long MisroutedFlag,
    DateOnly? ReachedRightOfficeOn,
    string? ExemptionCodes,
    long FeeCategoryDeniedFlag,
    long FeeWaiverDeniedFlag,
    long ExpeditedDeniedFlag)
{
    public bool UnusualCircumstances => UnusualCircumstancesFlag != 0;

    /// <summary>The agency said the request first reached the wrong office and was forwarded to the right one.</summary>
    public bool Misrouted => MisroutedFlag != 0;

    /// <summary>The agency's questions that pause the clock, oldest first (rows of <c>foia_tolling</c>).</summary>
    public IReadOnlyList<TollingPeriod> Tolling { get; init; } = [];

    /// <summary>The question the agency still awaits an answer to, if any: the one "I answered" closes.</summary>
    public TollingPeriod? OpenQuestion => Tolling.LastOrDefault(t => t.AnsweredOn is null);

    private FoiaRequest? _request;

    /// <summary>Whose messages and confirmation these are in the outbox.</summary>
    public MessageOwner Owner => new(MessagePurpose.Foia, Id);

    /// <summary>The filled form, read once: a page reads it many times.</summary>
    public FoiaRequest Request => _request ??= FoiaRequestStore.ReadForm(Form);

    public Agency? Agency => AgencyDirectory.Default.Get(AgencyKey);

    /// <summary>
    /// Whether "send it for me" may be offered: the agency takes e-mail at an address on record, the app can send
    /// mail, nothing was sent or asked for yet, and the letter passes every blocking check.
    /// </summary>
    public bool CanBeSentForMe(bool mailEnabled) =>
        Channel == DeliveryChannel.Email && EmailAddress.IsValid(Destination) && mailEnabled
        && SendRequestedAt is null && SubmittedOn is null
        && FieldCheck.AllowSending(FoiaChecks.Check(Request, Agency));

    /// <summary>What the clock runs on, once the request was sent; null before.</summary>
    public FoiaClockFacts? ClockFacts => SubmittedOn is { } sent && SubmittedVia is { } via
        ? new FoiaClockFacts(sent, via)
        {
            AgencyStatedReceipt = ReceivedOn,
            FirstReachedWrongOffice = Misrouted,
            ReachedRightOfficeOn = ReachedRightOfficeOn,
            Tolling = Tolling,
            UnusualCircumstances = UnusualCircumstances,
            ExpeditedRequested = Request.ExpeditedRequested,
        }
        : null;

    /// <summary>When the agency received it: exact for portal and e-mail or when the agency says, a range for a posted letter.</summary>
    public LegalDate? Receipt => ClockFacts is { } facts ? FoiaClock.Receipt(facts) : null;

    /// <summary>The determination's due date as the law runs it (<see cref="FoiaClock.ResponseDue"/>): its rule, and a range where the facts leave one.</summary>
    public LegalDate? ResponseDue => ClockFacts is { } facts ? FoiaClock.ResponseDue(facts) : null;

    public LegalDate? ExpeditedDecisionDue => ClockFacts is { } facts ? FoiaClock.ExpeditedDecisionDue(facts) : null;

    /// <summary>
    /// The last day of the agency's time: the latest reading of <see cref="ResponseDue"/>, so that a request is never
    /// called overdue before the law's latest date; null before it was sent and while the clock is paused.
    /// </summary>
    public DateOnly? Due => ResponseDue?.Latest;

    public bool IsOverdue(DateOnly today) => Due is { } due && AnsweredOn is null && FoiaDeadlines.IsOverdue(due, today);

    /// <summary>What the agency's answer said: its outcome, the exemptions it cited, and the refusals of fees or speed.</summary>
    public AgencyAnswer Answer => new(Outcome)
    {
        Exemptions = FoiaExemptions.FromList(ExemptionCodes),
        FeeCategoryDenied = FeeCategoryDeniedFlag != 0,
        FeeWaiverDenied = FeeWaiverDeniedFlag != 0,
        ExpeditedDenied = ExpeditedDeniedFlag != 0,
    };

    /// <summary>What an appeal would be about today, if anything (<see cref="FoiaAppeals.GroundFor"/>).</summary>
    public AppealGround? AppealGround(DateOnly today) => FoiaAppeals.GroundFor(Outcome, IsOverdue(today));

    /// <summary>Every appeal letter the answer calls for today, one per ground (<see cref="FoiaAppeals.PointsFor"/>).</summary>
    public IReadOnlyList<AppealPoint> AppealPoints(DateOnly today) => FoiaAppeals.PointsFor(Answer, Request, IsOverdue(today));

    /// <summary>The appeal letter of one point, addressed to the agency's appeal office, as of today.</summary>
    public FoiaLetter AppealLetter(AppealPoint point, DateOnly today) =>
        FoiaFollowUps.Appeal(Case, point, point.Ground == Core.Letters.Foia.AppealGround.NoResponse ? null : AnsweredOn, null, today);

    public DateOnly? AppealDeadline => AnsweredOn is { } answered && Answer.IsAdverse
        ? FoiaFollowUps.AppealDeadline(answered, Agency)
        : null;

    public FoiaCase Case => new(Request, Agency, Request.Subject, SubmittedOn ?? DateOnly.FromDateTime(CreatedAt.UtcDateTime), TrackingNumber, Due ?? DateOnly.FromDateTime(CreatedAt.UtcDateTime))
    {
        UnusualCircumstances = UnusualCircumstances,
        ClockStarted = ClockFacts is { } facts && FoiaClock.ClockStarts(facts) is { IsRange: false, Earliest: { } started } ? started : null,
    };
}

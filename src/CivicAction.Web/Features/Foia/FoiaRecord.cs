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
    FoiaOutcome? Outcome)
{
    public bool UnusualCircumstances => UnusualCircumstancesFlag != 0;

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

    /// <summary>20 working days after receipt, 30 when the agency invokes unusual circumstances.</summary>
    public DateOnly? Due => SubmittedOn is { } received ? FoiaDeadlines.ResponseDue(received, UnusualCircumstances) : null;

    public bool IsOverdue(DateOnly today) => Due is { } due && AnsweredOn is null && FoiaDeadlines.IsOverdue(due, today);

    /// <summary>What an appeal would be about today, if anything (<see cref="FoiaAppeals.GroundFor"/>).</summary>
    public AppealGround? AppealGround(DateOnly today) => FoiaAppeals.GroundFor(Outcome, IsOverdue(today));

    public DateOnly? AppealDeadline => AnsweredOn is { } answered && FoiaAppeals.IsAdverse(Outcome)
        ? FoiaFollowUps.AppealDeadline(answered, Agency)
        : null;

    public FoiaCase Case => new(Request, Agency, Request.Subject, SubmittedOn ?? DateOnly.FromDateTime(CreatedAt.UtcDateTime), TrackingNumber, Due ?? DateOnly.FromDateTime(CreatedAt.UtcDateTime));
}

using CivicAction.Core.Deadlines;
using CivicAction.Core.Letters.Foia;

namespace CivicAction.Web.Features.Foia;

/// <summary>A stored FOIA request as its tracking page needs it.</summary>
public sealed record FoiaRecord(
    long Id,
    string? StorySlug,
    long? ActionNumber,
    string? AgencyKey,
    string AgencyName,
    string Channel,
    string? Destination,
    string Form,
    string Subject,
    string Letter,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SendRequestedAt,
    DateOnly? SubmittedOn,
    string? SubmittedVia,
    string? TrackingNumber,
    DateOnly? AcknowledgedOn,
    long UnusualCircumstancesFlag,
    DateOnly? AnsweredOn,
    string? Outcome)
{
    public string OwnerKey => FoiaOwner.Key(Id);

    public bool UnusualCircumstances => UnusualCircumstancesFlag != 0;

    private FoiaRequest? _request;

    /// <summary>The filled form, parsed once: a page reads it many times.</summary>
    public FoiaRequest Request => _request ??= FoiaForm.Deserialize(Form);

    public Agency? Agency => AgencyDirectory.Default.Get(AgencyKey);

    /// <summary>20 working days after receipt, 30 when the agency invokes unusual circumstances.</summary>
    public DateOnly? Due => SubmittedOn is { } received ? FoiaDeadlines.ResponseDue(received, UnusualCircumstances) : null;

    public bool IsOverdue(DateOnly today) => Due is { } due && AnsweredOn is null && FoiaDeadlines.IsOverdue(due, today);

    public DateOnly? AppealDeadline => AnsweredOn is { } answered && Outcome is "denied" or "partly-denied" or "no-records"
        ? FoiaFollowUps.AppealDeadline(answered, Agency)
        : null;

    public FoiaCase Case => new(Request, Agency, Request.Subject, SubmittedOn ?? DateOnly.FromDateTime(CreatedAt.UtcDateTime), TrackingNumber, Due ?? DateOnly.FromDateTime(CreatedAt.UtcDateTime));
}

/// <summary>How FOIA requests are named in the outbox and confirmations.</summary>
public static class FoiaOwner
{
    public static string Key(long id) => $"foia:{id}";
}

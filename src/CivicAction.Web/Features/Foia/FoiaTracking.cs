using CivicAction.Core.Letters.Foia;
using CivicAction.Core.Deadlines;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Web.Features.Foia;

/// <summary>One step of a request's life as its page shows it.</summary>
public sealed record TimelineStep(string Label, DateOnly? On, bool Done, string? Detail = null);

/// <summary>
/// What a request's private page shows, worked out from the stored request and its outbox
/// messages: when it really reached the agency, when the answer is due, what to do next.
/// </summary>
public sealed class FoiaTracking
{
    private readonly string _siteName;

    public FoiaTracking(FoiaRecord record, IReadOnlyList<OutboxMessage> messages, DateTimeOffset? confirmedAt, DateOnly today, string siteName)
    {
        _siteName = siteName;
        Letter = messages.LastOrDefault(m => m.Purpose == MessagePurpose.Foia);
        Confirmation = messages.LastOrDefault(m => m.Purpose == MessagePurpose.Confirmation);
        ConfirmedAt = confirmedAt;
        Today = today;

        // Sent for the requester: the agency received it the day our server handed it over.
        Record = record.SubmittedOn is null && Letter is { State: OutboxState.Sent, SentAt: { } sentAt }
            ? record with { SubmittedOn = FederalDate.On(sentAt), SubmittedVia = SubmissionRoute.SentForMe }
            : record;
        Request = Record.Request;
    }

    /// <summary>A stored request with what its messages say, as of today in Washington.</summary>
    public static FoiaTracking Load(FoiaRecord record, HeldMessages held, SiteOptions site, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(site);
        return new FoiaTracking(record, held.Messages(record.Owner), held.ConfirmedAt(record.Owner), FederalDate.Today(clock), site.Name);
    }

    public FoiaRecord Record { get; }

    public FoiaRequest Request { get; }

    public OutboxMessage? Letter { get; }

    public OutboxMessage? Confirmation { get; }

    public DateTimeOffset? ConfirmedAt { get; }

    public DateOnly Today { get; }

    public DateOnly? Due => Record.Due;

    public bool IsSubmitted => Record.SubmittedOn is not null;

    public bool IsOverdue => Record.IsOverdue(Today);

    public bool IsAnswered => Record.AnsweredOn is not null;

    /// <summary>An appeal makes sense after a full or partial denial, or when no answer came in time.</summary>
    public AppealGround? AppealGround => Record.AppealGround(Today);

    public IReadOnlyList<TimelineStep> Timeline()
    {
        var steps = new List<TimelineStep> { new("Drafted", FederalDate.On(Record.CreatedAt), true) };
        if (Record.SendRequestedAt is { } asked)
        {
            steps.Add(new("Confirmation e-mail sent to you", FederalDate.On(asked), true));
            steps.Add(new("You confirmed your e-mail address", ConfirmedAt is { } c ? FederalDate.On(c) : null, ConfirmedAt is not null));
        }

        steps.Add(new("Received by the agency", Record.SubmittedOn, IsSubmitted, Via(Record.SubmittedVia)));
        if (Record.AcknowledgedOn is { } acknowledged)
        {
            steps.Add(new("Acknowledged", acknowledged, true, Record.TrackingNumber is { } t ? $"Tracking number {t}" : null));
        }

        if (Due is { } due)
        {
            var detail = Record.UnusualCircumstances ? "30 working days: the agency invoked unusual circumstances" : "20 working days after receipt";
            steps.Add(new(IsOverdue ? "Answer was due (overdue)" : "Answer due", due, IsAnswered || Today > due, detail));
        }

        steps.Add(new("Answered", Record.AnsweredOn, IsAnswered, Outcome(Record.Outcome)));
        if (Record.AppealDeadline is { } appeal)
        {
            steps.Add(new("Last day to appeal", appeal, Today > appeal));
        }

        return steps;
    }

    public string? Via(SubmissionRoute? via) => via switch
    {
        SubmissionRoute.Portal => "through the agency's portal",
        SubmissionRoute.EmailApp => "by e-mail from your own account",
        SubmissionRoute.Post => "by post",
        SubmissionRoute.SentForMe => $"sent by {_siteName} for you",
        _ => null,
    };

    public static string? Outcome(FoiaOutcome? outcome) => outcome switch
    {
        FoiaOutcome.Granted => "Records released in full",
        FoiaOutcome.PartlyDenied => "Some records withheld",
        FoiaOutcome.Denied => "Request denied",
        FoiaOutcome.NoRecords => "The agency says it found no records",
        _ => null,
    };
}

using CivicAction.Core.Letters.Foia;
using CivicAction.Web.Features.SendForMe.Outbox;

namespace CivicAction.Web.Features.Foia;

/// <summary>One step of a request's life as its page shows it.</summary>
public sealed record TimelineStep(string Label, DateOnly? On, bool Done, string? Detail = null);

/// <summary>
/// What a request's private page shows, worked out from the stored request and its outbox
/// messages: when it really reached the agency, when the answer is due, what to do next.
/// </summary>
public sealed class FoiaTracking
{
    public FoiaTracking(FoiaRecord record, IReadOnlyList<OutboxMessage> messages, DateTimeOffset? confirmedAt, DateOnly today)
    {
        Letter = messages.LastOrDefault(m => m.Purpose == "foia");
        Confirmation = messages.LastOrDefault(m => m.Purpose == "confirmation");
        ConfirmedAt = confirmedAt;
        Today = today;

        // Sent for the requester: the agency received it the day our server handed it over.
        Record = record.SubmittedOn is null && Letter is { State: OutboxState.Sent, SentAt: { } sentAt }
            ? record with { SubmittedOn = FederalDate.On(sentAt), SubmittedVia = "sent-for-me" }
            : record;
        Request = Record.Request;
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
    public AppealGround? AppealGround => Record.Outcome switch
    {
        "denied" or "no-records" => Core.Letters.Foia.AppealGround.Denied,
        "partly-denied" => Core.Letters.Foia.AppealGround.PartlyDenied,
        _ when IsOverdue => Core.Letters.Foia.AppealGround.NoResponse,
        _ => null,
    };

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

    public static string? Via(string? via) => via switch
    {
        "portal" => "through the agency's portal",
        "email-app" => "by e-mail from your own account",
        "post" => "by post",
        "sent-for-me" => "sent by CivicAction for you",
        _ => null,
    };

    public static string? Outcome(string? outcome) => outcome switch
    {
        "granted" => "Records released in full",
        "partly-denied" => "Some records withheld",
        "denied" => "Request denied",
        "no-records" => "The agency says it found no records",
        _ => null,
    };
}

using CivicAction.Core.Letters.Foia;
using CivicAction.Core.Deadlines;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// One step of a request's life as its page shows it: on a day, or between <see cref="On"/> and <see cref="Latest"/>
/// where the law or the facts leave a range (a posted letter's receipt).
/// </summary>
public sealed record TimelineStep(string Label, DateOnly? On, bool Done, string? Detail = null, DateOnly? Latest = null)
{
    public bool IsRange => On is not null && Latest is not null && Latest != On;
}

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

        if (Record.SubmittedOn is { } sent)
        {
            steps.Add(new("Sent", sent, true, Via(Record.SubmittedVia)));
        }

        if (Record.Receipt is { } receipt)
        {
            steps.Add(new(receipt.IsRange ? "Received by the agency (estimated)" : "Received by the agency", receipt.Earliest,
                !receipt.IsRange || Today >= receipt.Latest, Capitalized(receipt.Rule), receipt.Latest));
        }
        else
        {
            steps.Add(new("Received by the agency", null, false));
        }

        if (Record.AcknowledgedOn is { } acknowledged)
        {
            steps.Add(new("Acknowledged", acknowledged, true, Record.TrackingNumber is { } t ? $"Tracking number {t}" : null));
        }
        else if (Record.TrackingNumber is { } tracking)
        {
            steps.Add(new("Tracking number", null, true, tracking));
        }

        foreach (var question in Record.Tolling)
        {
            var about = question.Reason == TollingReason.Information ? "for information" : "about fees";
            steps.Add(new($"The agency asked you {about}", question.AskedOn, true, "The clock pauses while it awaits your answer"));
            steps.Add(new("Your answer reached the agency", question.AnsweredOn, question.AnsweredOn is not null,
                question.AnsweredOn is null ? "Record it when you have answered: the clock then runs again" : null));
        }

        if (Record.ExpeditedDecisionDue is { } expedited)
        {
            steps.Add(new("Decision on expedited processing due", expedited.Earliest, Today > expedited.Latest, Capitalized(expedited.Rule),
                expedited.Latest));
        }

        if (Record.ResponseDue is { } due)
        {
            if (due.IsKnown)
            {
                steps.Add(new(IsOverdue ? "Answer was due (overdue)" : "Answer due", due.Earliest, IsAnswered || Today > due.Latest,
                    Capitalized(due.Rule), due.Latest));
            }
            else
            {
                steps.Add(new("Answer due: the clock is paused", null, false, Capitalized(due.Rule)));
            }
        }

        steps.Add(new("Answered", Record.AnsweredOn, IsAnswered, Outcome(Record.Outcome)));
        if (Record.AppealDeadline is { } appeal)
        {
            steps.Add(new("Last day to appeal", appeal, Today > appeal));
        }

        return steps;
    }

    /// <summary>What the clock's dates rest on, beyond their rules: estimates, pauses, the ten-day allowance.</summary>
    public IReadOnlyList<string> ClockNotes =>
        [.. (Record.Receipt?.Notes ?? []), .. (Record.ResponseDue?.Notes ?? []).Except(Record.Receipt?.Notes ?? [])];

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

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

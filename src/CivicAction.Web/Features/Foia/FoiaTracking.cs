using CivicAction.Core.Letters.Foia;
using CivicAction.Core.Deadlines;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

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
    private readonly IStringLocalizer<FoiaStrings> _text;

    public FoiaTracking(FoiaRecord record, IReadOnlyList<OutboxMessage> messages, DateTimeOffset? confirmedAt, DateOnly today, string siteName,
        IStringLocalizer<FoiaStrings> text)
    {
        _siteName = siteName;
        _text = text;
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

    /// <summary>A stored request with what its messages say, as of today in Washington, worded in the page's language.</summary>
    public static FoiaTracking Load(FoiaRecord record, HeldMessages held, SiteOptions site, TimeProvider clock, IStringLocalizer<FoiaStrings> text)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(site);
        return new FoiaTracking(record, held.Messages(record.Owner), held.ConfirmedAt(record.Owner), FederalDate.Today(clock), site.Name, text);
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
        var steps = new List<TimelineStep> { new(T("Step.Drafted"), FederalDate.On(Record.CreatedAt), true) };
        if (Record.SendRequestedAt is { } asked)
        {
            steps.Add(new(T("Step.ConfirmationSent"), FederalDate.On(asked), true));
            steps.Add(new(T("Step.Confirmed"), ConfirmedAt is { } c ? FederalDate.On(c) : null, ConfirmedAt is not null));
        }

        if (Record.SubmittedOn is { } sent)
        {
            steps.Add(new(T("Step.Sent"), sent, true, Via(Record.SubmittedVia)));
        }

        if (Record.Receipt is { } receipt)
        {
            steps.Add(new(receipt.IsRange ? T("Step.ReceivedEstimated") : T("Step.Received"), receipt.Earliest,
                !receipt.IsRange || Today >= receipt.Latest, Rule(receipt.Rule), receipt.Latest));
        }
        else
        {
            steps.Add(new(T("Step.Received"), null, false));
        }

        if (Record.AcknowledgedOn is { } acknowledged)
        {
            steps.Add(new(T("Step.Acknowledged"), acknowledged, true, Record.TrackingNumber is { } t ? _text["Step.TrackingNumberIs", t].Value : null));
        }
        else if (Record.TrackingNumber is { } tracking)
        {
            steps.Add(new(T("Step.TrackingNumber"), null, true, tracking));
        }

        foreach (var question in Record.Tolling)
        {
            steps.Add(new(T(question.Reason == TollingReason.Information ? "Step.AskedInformation" : "Step.AskedFees"), question.AskedOn, true,
                T("Step.ClockPauses")));
            steps.Add(new(T("Step.AnswerReached"), question.AnsweredOn, question.AnsweredOn is not null,
                question.AnsweredOn is null ? T("Step.RecordYourAnswer") : null));
        }

        if (Record.ExpeditedDecisionDue is { } expedited)
        {
            steps.Add(new(T("Step.ExpeditedDue"), expedited.Earliest, Today > expedited.Latest, Rule(expedited.Rule), expedited.Latest));
        }

        if (Record.ResponseDue is { } due)
        {
            if (due.IsKnown)
            {
                steps.Add(new(IsOverdue ? T("Step.AnswerWasDue") : T("Step.AnswerDue"), due.Earliest, IsAnswered || Today > due.Latest,
                    Rule(due.Rule), due.Latest));
            }
            else
            {
                steps.Add(new(T("Step.AnswerDuePaused"), null, false, Rule(due.Rule)));
            }
        }

        steps.Add(new(T("Step.Answered"), Record.AnsweredOn, IsAnswered, Outcome(Record.Outcome)));
        if (Record.AppealDeadline is { } appeal)
        {
            steps.Add(new(T("Step.LastDayToAppeal"), appeal, Today > appeal));
        }

        return steps;
    }

    /// <summary>What the clock's dates rest on, beyond their rules: estimates, pauses, the ten-day allowance.</summary>
    public IReadOnlyList<string> ClockNotes =>
        [.. (Record.Receipt?.Notes ?? []).Concat((Record.ResponseDue?.Notes ?? []).ExceptBy((Record.Receipt?.Notes ?? []).Select(n => n.English), n => n.English))
            .Select(note => FoiaClockTexts.Word(note, _text))];

    private string T(string key) => _text[key];

    // A rule shown as a step's detail, a sentence of its own.
    private string Rule(ClockText rule)
    {
        var worded = FoiaClockTexts.Word(rule, _text);
        return worded.Length == 0 ? worded : char.ToUpper(worded[0], SiteLanguages.Formatting) + worded[1..];
    }

    public string? Via(SubmissionRoute? via) => via switch
    {
        SubmissionRoute.Portal => T("Via.Portal"),
        SubmissionRoute.EmailApp => T("Via.EmailApp"),
        SubmissionRoute.Post => T("Via.Post"),
        SubmissionRoute.SentForMe => _text["Via.SentForMe", _siteName],
        _ => null,
    };

    public string? Outcome(FoiaOutcome? outcome) => outcome switch
    {
        FoiaOutcome.Granted => T("Outcome.Granted"),
        FoiaOutcome.PartlyDenied => T("Outcome.PartlyDenied"),
        FoiaOutcome.Denied => T("Outcome.Denied"),
        FoiaOutcome.NoRecords => T("Outcome.NoRecords"),
        _ => null,
    };
}

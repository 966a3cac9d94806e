using CivicAction.Core.Letters.Foia;

namespace CivicAction.Core.Deadlines;

/// <summary>Why the agency paused the clock: 5 U.S.C. 552(a)(6)(A)(ii)(I) and (II).</summary>
public enum TollingReason
{
    /// <summary>The agency's one request to the requester for information: only the first such request tolls.</summary>
    Information,

    /// <summary>A question about fees: tolls as often as the agency needs to ask.</summary>
    FeeClarification,
}

/// <summary>The agency asked on <see cref="AskedOn"/>; the requester's answer reached it on <see cref="AnsweredOn"/> (null: not yet).</summary>
public sealed record TollingPeriod(TollingReason Reason, DateOnly AskedOn, DateOnly? AnsweredOn);

/// <summary>What is known about one request's path to the agency, as the requester records it.</summary>
public sealed record FoiaClockFacts(DateOnly SentOn, SubmissionRoute Route)
{
    /// <summary>The receipt date the agency states (an acknowledgment): it always wins.</summary>
    public DateOnly? AgencyStatedReceipt { get; init; }

    /// <summary>The request first reached the wrong office or a central referral unit of the agency.</summary>
    public bool FirstReachedWrongOffice { get; init; }

    /// <summary>When a request that first reached the wrong office reached the right component, if known.</summary>
    public DateOnly? ReachedRightOfficeOn { get; init; }

    public IReadOnlyList<TollingPeriod> Tolling { get; init; } = [];

    /// <summary>The agency gave written notice of unusual circumstances (5 U.S.C. 552(a)(6)(B)(i)).</summary>
    public bool UnusualCircumstances { get; init; }

    public bool ExpeditedRequested { get; init; }
}

/// <summary>
/// A date the law fixes exactly (<see cref="Earliest"/> = <see cref="Latest"/>) or within a range, with the rule it comes
/// from; null dates when the clock is paused and no date can be known yet.
/// </summary>
public sealed record LegalDate(DateOnly? Earliest, DateOnly? Latest, ClockText Rule, IReadOnlyList<ClockText> Notes)
{
    public bool IsRange => Earliest != Latest;

    public bool IsKnown => Earliest is not null && Latest is not null;
}

/// <summary>
/// The FOIA's clock for one request, as the law runs it: from the agency's receipt (not the day it was sent), with the
/// ten-day allowance for a request that first reached the wrong office, tolling while the agency awaits the requester's
/// answer, and unusual circumstances; and the ten-day decision on expedited processing. Where the law or the facts leave
/// a range, both ends are given: the agency's deadline is never called passed before its latest reading.
/// </summary>
public static class FoiaClock
{
    /// <summary>The longest a posted letter is assumed to take, in working days: mail to federal agencies is screened.</summary>
    public const int PostLatestWorkingDays = 10;

    /// <summary>The allowance for a request first received by the wrong component (text following 552(a)(6)(A)(ii)).</summary>
    public const int MisroutedAllowanceDays = 10;

    /// <summary>Days the agency has to decide on expedited processing (5 U.S.C. 552(a)(6)(E)(ii)(I)).</summary>
    public const int ExpeditedDecisionDays = 10;

    /// <summary>When the agency received the request.</summary>
    public static LegalDate Receipt(FoiaClockFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.AgencyStatedReceipt is { } stated)
        {
            return new LegalDate(stated, stated, new ClockText("receipt-stated", "the receipt date the agency stated"), []);
        }

        return facts.Route switch
        {
            SubmissionRoute.Post => new LegalDate(
                BusinessDays.AddWorkingDays(facts.SentOn, 1),
                BusinessDays.AddWorkingDays(facts.SentOn, PostLatestWorkingDays),
                new ClockText("receipt-post-estimated", "estimated: a posted letter has no known receipt date until the agency acknowledges it"),
                [new ClockText("note-post-estimate", $"Estimated as 1 to {PostLatestWorkingDays} working days after posting, since mail to federal agencies is screened. Enter the receipt date the agency states when it acknowledges your request.", [PostLatestWorkingDays])]),
            _ => new LegalDate(facts.SentOn, facts.SentOn, new ClockText("receipt-same-day", $"received the day it was sent ({Route(facts.Route)})", [Route(facts.Route)]), []),
        };
    }

    /// <summary>When the 20 (or 30) working days start to run: receipt by the right component, within the ten-day allowance.</summary>
    public static LegalDate ClockStarts(FoiaClockFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var receipt = Receipt(facts);
        if (!facts.FirstReachedWrongOffice)
        {
            return receipt with { Rule = new ClockText("start-receipt", $"receipt ({receipt.Rule}), 5 U.S.C. 552(a)(6)(A)(i)", [receipt.Rule]) };
        }

        // "Not later than ten days after the request is first received by any component ... designated ... to receive
        // requests": the statute does not say working days; agencies' rules commonly do. The later reading is the cap.
        var cap = BusinessDays.AddWorkingDays(receipt.Latest!.Value, MisroutedAllowanceDays);
        var rule = new ClockText("start-misrouted", "receipt by the right component, at the latest ten days after it first reached the agency (5 U.S.C. 552(a)(6)(A)(ii), closing text)");
        if (facts.ReachedRightOfficeOn is { } reached)
        {
            var start = reached > cap ? cap : reached;
            return new LegalDate(start, start, rule, start == cap && reached > cap
                ? [new ClockText("note-misrouted-capped", "The right office received it more than ten days after the agency did: the clock started at the ten-day mark.")] : []);
        }

        return new LegalDate(receipt.Earliest, cap, rule,
            [new ClockText("note-misrouted-pending", "The request first reached the wrong office: the clock starts when the right one receives it, and no later than ten working days after the agency first did.")]);
    }

    /// <summary>The last day for the agency's determination, with the rule and any range.</summary>
    public static LegalDate ResponseDue(FoiaClockFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var start = ClockStarts(facts);
        var days = FoiaDeadlines.ResponseWorkingDays + (facts.UnusualCircumstances ? FoiaDeadlines.UnusualCircumstancesWorkingDays : 0);
        var rule = facts.UnusualCircumstances
            ? new ClockText("due-30", "30 working days: 20 (5 U.S.C. 552(a)(6)(A)(i)) plus 10 for unusual circumstances (552(a)(6)(B)(i))")
            : new ClockText("due-20", "20 working days after receipt (5 U.S.C. 552(a)(6)(A)(i))");
        var notes = new List<ClockText>(start.Notes);
        var tolling = Tolling(facts.Tolling, notes);
        if (tolling.Any(t => t.AnsweredOn is null))
        {
            var paused = tolling.First(t => t.AnsweredOn is null);
            var about = paused.Reason == TollingReason.Information
                ? new ClockText("asked-information", "for information")
                : new ClockText("asked-fees", "about fees");
            notes.Add(new ClockText("note-paused", $"Paused since {paused.AskedOn:yyyy-MM-dd}, when the agency asked you {about}: the clock runs again when your answer reaches it (552(a)(6)(A)(ii)).", [paused.AskedOn, about]));
            return new LegalDate(null, null, rule, notes);
        }

        if (tolling.Count > 0)
        {
            rule = new ClockText(rule.Code + "-tolled", rule.English + ", not counting the days the agency awaited your answer (552(a)(6)(A)(ii)(I), (II))");
        }

        return new LegalDate(Count(start.Earliest!.Value, days, tolling), Count(start.Latest!.Value, days, tolling), rule, notes);
    }

    /// <summary>The last day for the decision on expedited processing, or null when none was asked for.</summary>
    public static LegalDate? ExpeditedDecisionDue(FoiaClockFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.ExpeditedRequested)
        {
            return null;
        }

        var receipt = Receipt(facts);
        return new LegalDate(receipt.Earliest!.Value.AddDays(ExpeditedDecisionDays), receipt.Latest!.Value.AddDays(ExpeditedDecisionDays),
            new ClockText("expedited-decision", "10 calendar days after the request (5 U.S.C. 552(a)(6)(E)(ii)(I))"), receipt.Notes);
    }

    /// <summary>
    /// The periods that toll: every fee question, and only the first request for information (the statute allows the
    /// agency "one request"); a later request for information is listed in the notes and does not stop the clock.
    /// </summary>
    private static List<TollingPeriod> Tolling(IReadOnlyList<TollingPeriod> periods, List<ClockText> notes)
    {
        var tolling = new List<TollingPeriod>();
        var askedForInformation = false;
        foreach (var period in periods.OrderBy(p => p.AskedOn))
        {
            if (period.Reason == TollingReason.Information)
            {
                if (askedForInformation)
                {
                    notes.Add(new ClockText("note-second-information", $"The agency's second request for information ({period.AskedOn:yyyy-MM-dd}) does not pause the clock: the law allows one.", [period.AskedOn]));
                    continue;
                }

                askedForInformation = true;
            }

            tolling.Add(period);
        }

        return tolling;
    }

    /// <summary>
    /// Counts <paramref name="days"/> working days after <paramref name="start"/> (a start on a non-working day counts
    /// from the next working day, as <see cref="FoiaDeadlines.ResponseDue"/> does), skipping the working days from the
    /// day after the agency asked through the day the answer reached it: the day of the question was spent, and the
    /// day of the answer is the agency's to read it (the late reading).
    /// </summary>
    private static DateOnly Count(DateOnly start, int days, List<TollingPeriod> tolling)
    {
        var day = BusinessDays.IsWorkingDay(start) ? start : BusinessDays.AddWorkingDays(start, 1);
        var counted = 0;
        while (counted < days)
        {
            day = BusinessDays.AddWorkingDays(day, 1);
            if (!tolling.Any(t => day > t.AskedOn && day <= t.AnsweredOn!.Value))
            {
                counted++;
            }
        }

        return day;
    }

    private static ClockText Route(SubmissionRoute route) => route switch
    {
        SubmissionRoute.Portal => new ClockText("route-portal", "through the agency's portal"),
        SubmissionRoute.EmailApp or SubmissionRoute.SentForMe => new ClockText("route-email", "by e-mail"),
        _ => new ClockText("route-post", "by post"),
    };
}

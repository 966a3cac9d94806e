using System.Globalization;
using CivicAction.Core.Deadlines;

namespace CivicAction.Core.Letters.Foia;

/// <summary>Why a requester appeals: the agency said no (in whole or part), or it did not answer in time.</summary>
public enum AppealGround
{
    Denied,
    PartlyDenied,
    NoResponse,

    /// <summary>The agency says it found no records: the appeal challenges the adequacy of its search.</summary>
    NoRecords,

    /// <summary>The agency refused the fee category the request claimed (5 U.S.C. 552(a)(4)(A)(ii)).</summary>
    FeeCategoryDenied,

    /// <summary>The agency refused the fee waiver (5 U.S.C. 552(a)(4)(A)(iii)).</summary>
    FeeWaiverDenied,

    /// <summary>The agency refused expedited processing (5 U.S.C. 552(a)(6)(E)(ii)(II), (iii)).</summary>
    ExpeditedDenied,
}

/// <summary>A request as it was sent: what the follow-up and appeal letters refer to.</summary>
public sealed record FoiaCase(FoiaRequest Request, Agency? Agency, string Subject, DateOnly Submitted, string? TrackingNumber, DateOnly Due)
{
    /// <summary>The agency invoked unusual circumstances: 30 working days instead of 20 (5 U.S.C. 552(a)(6)(B)(i)).</summary>
    public bool UnusualCircumstances { get; init; }

    /// <summary>The day the agency's working days started (its receipt, by the right office), when known exactly.</summary>
    public DateOnly? ClockStarted { get; init; }
}

/// <summary>
/// The letters after the request: a status inquiry once the answer is overdue, and an administrative
/// appeal after a denial or when no determination came in time. Plain text, like the request.
/// </summary>
public static partial class FoiaFollowUps
{
    /// <summary>
    /// The last day to appeal a determination: at least 90 days after it (5 U.S.C. 552(a)(6)(A)(i)(III)(aa)), or the
    /// window the directory gives for the agency's appeal office (DHS and its components: 90 working days, 6 CFR 5.8(a)(1)).
    /// </summary>
    public static DateOnly AppealDeadline(DateOnly determination, Agency? agency) =>
        FoiaDeadlines.AppealDue(determination, AppealRuleFor(agency));

    public static AppealRule AppealRuleFor(Agency? agency) => agency?.AppealRule ?? AppealRule.Statutory;

    public static FoiaLetter FollowUp(FoiaCase request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var subject = "Status of Freedom of Information Act request" + Reference(request);
        var parts = Head(request, subject, "Dear FOIA Officer:", today);
        parts.Add(FoiaLetterPart.Opening,
            $"On {FoiaText.LongDate(request.Submitted)} I submitted a request under the Freedom of Information Act, 5 U.S.C. § 552, "
            + $"for records about {Topic(request)}.{Tracking(request)}");
        var days = (FoiaDeadlines.ResponseWorkingDays + (request.UnusualCircumstances ? FoiaDeadlines.UnusualCircumstancesWorkingDays : 0))
            .ToString(CultureInfo.InvariantCulture);
        var allows = request.UnusualCircumstances
            ? "5 U.S.C. § 552(a)(6)(A)(i) and, with the unusual circumstances the agency invoked, § 552(a)(6)(B)(i) allow"
            : "5 U.S.C. § 552(a)(6)(A)(i) allows";
        var from = request.ClockStarted is { } started ? $", counted from the agency's receipt of the request on {FoiaText.LongDate(started)}," : "";
        parts.Add(FoiaLetterPart.ResponseTime,
            $"The {days} working days that {allows} for a determination{from} ended on {FoiaText.LongDate(request.Due)}, and I have not received one. "
            + "As 5 U.S.C. § 552(a)(7)(B) provides, please tell me the status of the request and the date by which you estimate the agency will complete action on it.");
        parts.Add(FoiaLetterPart.Context,
            "If narrowing the request or agreeing on a schedule would help, I am glad to discuss it. If I do not hear from you, I will ask the "
            + "agency's FOIA Public Liaison for help in resolving the delay (5 U.S.C. § 552(l)), and then the Office of Government Information "
            + "Services for mediation (5 U.S.C. § 552(h)(3)). Because the time limit has passed, I may also seek judicial review without an "
            + "administrative appeal (5 U.S.C. § 552(a)(6)(C)(i)).");
        parts.Add(FoiaLetterPart.Signature, FoiaLetterDrafter.Signature(request.Request));
        return parts.Build(subject);
    }

    public static FoiaLetter Appeal(FoiaCase request, AppealGround ground, DateOnly? determination, string? reasons, DateOnly today) =>
        Appeal(request, new AppealPoint(ground), determination, reasons, today);

    /// <summary>
    /// The appeal letter for one point of the answer: what is appealed, the argument the law gives for that ground
    /// (<see cref="AppealArgument"/>), the requester's own reasons if any, and the time the appeal office has to decide.
    /// </summary>
    public static FoiaLetter Appeal(FoiaCase request, AppealPoint point, DateOnly? determination, string? reasons, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(point);
        var about = point.Exemption is { } cited ? " (" + FoiaExemptions.Name(cited) + ")" : AppealTopic(point.Ground);
        var subject = "Freedom of Information Act Appeal" + Reference(request) + about;
        var parts = Head(request, subject, "Dear Appeals Officer:", today, AppealRecipient(request));
        var what = point.Ground switch
        {
            AppealGround.Denied => $"the denial{On(determination)} of",
            AppealGround.PartlyDenied => $"the partial denial{On(determination)} of",
            AppealGround.NoRecords => $"the determination{On(determination)} that no records were found in response to",
            AppealGround.FeeCategoryDenied => $"the determination{On(determination)} refusing the fee category claimed in",
            AppealGround.FeeWaiverDenied => $"the denial{On(determination)} of the fee waiver requested in",
            AppealGround.ExpeditedDenied => $"the denial{On(determination)} of expedited processing of",
            _ => "the agency's failure to make a timely determination on",
        };
        parts.Add(FoiaLetterPart.Opening,
            $"I appeal {what} my request under the Freedom of Information Act, 5 U.S.C. § 552, submitted on {FoiaText.LongDate(request.Submitted)} "
            + $"for records about {Topic(request)}.{Tracking(request)}");
        foreach (var (part, text) in AppealArgument(request, point))
        {
            parts.Add(part, text);
        }

        parts.Add(FoiaLetterPart.Records, string.IsNullOrWhiteSpace(reasons) ? null : "Why the decision should be reversed: " + FoiaText.Paragraphs(reasons));
        parts.Add(FoiaLetterPart.ResponseTime, point.Ground == AppealGround.ExpeditedDenied
            ? "The regulations under 5 U.S.C. § 552(a)(6)(E)(ii)(II) must ensure expeditious consideration of an appeal of a decision on expedited "
              + "processing: I ask for your decision as soon as possible."
            : "I look forward to your decision on this appeal within 20 working days of its receipt, as 5 U.S.C. § 552(a)(6)(A)(ii) provides.");
        parts.Add(FoiaLetterPart.Signature, FoiaLetterDrafter.Signature(request.Request));
        return parts.Build(subject);
    }

    // The subject line says which of several appeals from one answer this is; the general withholding letter needs no tag.
    private static string AppealTopic(AppealGround ground) => ground switch
    {
        AppealGround.FeeCategoryDenied => " (fee category)",
        AppealGround.FeeWaiverDenied => " (fee waiver)",
        AppealGround.ExpeditedDenied => " (expedited processing)",
        _ => "",
    };

    /// <summary>What every letter after the request opens with: the date, the agency, the subject and the salutation.</summary>
    private static FoiaLetterBuilder Head(FoiaCase request, string subject, string salutation, DateOnly today, string? recipient = null)
    {
        var parts = new FoiaLetterBuilder();
        parts.Add(FoiaLetterPart.Date, FoiaText.LongDate(today));
        parts.Add(FoiaLetterPart.Recipient, recipient ?? FoiaLetterDrafter.Recipient(request.Request, request.Agency));
        parts.Add(FoiaLetterPart.Subject, "Subject: " + subject);
        parts.Add(FoiaLetterPart.Salutation, salutation);
        return parts;
    }

    /// <summary>
    /// An appeal goes to the agency's appeal office, not to the office that processed the request: DOJ's components to
    /// the Office of Information Policy, a DHS component to its own Appeals Officer. Without one in the directory, the
    /// appeal is addressed like the request.
    /// </summary>
    private static string? AppealRecipient(FoiaCase request) =>
        request.Agency?.Appeal is { } office ? string.Join("\n", office.Recipient) : null;

    private static string Reference(FoiaCase request) =>
        string.IsNullOrWhiteSpace(request.TrackingNumber)
            ? " of " + FoiaText.LongDate(request.Submitted)
            : " " + FoiaText.SingleLine(request.TrackingNumber);

    private static string Tracking(FoiaCase request) =>
        string.IsNullOrWhiteSpace(request.TrackingNumber) ? "" : $" The agency assigned it tracking number {FoiaText.SingleLine(request.TrackingNumber)}.";

    private static string Topic(FoiaCase request) =>
        string.IsNullOrWhiteSpace(request.Subject) ? "the matters described in it" : FoiaText.SingleLine(request.Subject);

    private static string On(DateOnly? determination) =>
        determination is { } day ? " dated " + FoiaText.LongDate(day) : "";
}

using CivicAction.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using CivicAction.Core.Deadlines;
using CivicAction.Core.Letters.Foia;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Platform.RateLimits;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// A request's private page: how to send it, its timeline and due date, what to record, the
/// follow-up and appeal letters, and deleting it. The address is the only key: keep it private.
/// </summary>
[PrivatePage]
[EnableRateLimiting(RateLimits.Draft)]
public sealed class RequestModel(
    FoiaRequestStore requests,
    HeldMessages held,
    IOptions<SmtpOptions> smtp,
    IOptions<SiteOptions> site,
    TimeProvider clock) : PageModel
{
    public FoiaTracking Tracking { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public string? Notice { get; private set; }

    public bool CanSendForMe => Tracking.Record.CanBeSentForMe(smtp.Value.Enabled);

    [BindProperty]
    public RecordInput Input { get; set; } = new();

    public IActionResult OnGet(string token, string? done)
    {
        if (!Load(token))
        {
            return NotFound();
        }

        Notice = done switch
        {
            "saved" => "Saved. This page's address is private: bookmark it, it is the only way back to your request.",
            "saved-emailed" => $"Saved, and we are e-mailing this page's address to {Tracking.Request.Email}. It is private: keep that e-mail, or bookmark this page.",
            "confirm" => $"We sent a confirmation link to {Tracking.Request.Email}. Open it to send your request.",
            "confirmed" => "Thank you: your address is confirmed and the request is on its way to the agency.",
            "recorded" => "Recorded.",
            _ => null,
        };
        return Page();
    }

    public IActionResult OnPostSubmitted(string token) => Update(token, record =>
    {
        if (Day("Input.On", "the date you sent it", Input.On) is { } on && Choice("Input.Via", "how you sent it", Input.Via) is { } via)
        {
            return () => requests.RecordSubmission(record.Id, on, via, Input.TrackingNumber);
        }

        return null;
    });

    public IActionResult OnPostAcknowledged(string token) => Update(token, record =>
    {
        var on = Day("Input.On", "the date of the acknowledgement", Input.On);
        var received = Input.ReceivedOn;
        SinceSent("Input.ReceivedOn", "The date the agency says it received your request", received, record.SubmittedOn);
        var reached = Input.Misrouted ? Input.ReachedRightOfficeOn : null;
        SinceSent("Input.ReachedRightOfficeOn", "The date the right office received it", reached, record.SubmittedOn);

        return on is { } day && ModelState.IsValid
            ? () => requests.RecordAcknowledgement(record.Id, new Acknowledgement(day, Input.TrackingNumber, Input.UnusualCircumstances, received, Input.Misrouted, reached))
            : null;
    });

    public IActionResult OnPostQuestion(string token) => Update(token, record =>
    {
        if (record.OpenQuestion is not null)
        {
            ModelState.AddModelError("Input.On", "The agency's last question is still open: record the day your answer reached it first.");
            return null;
        }

        var on = Day("Input.On", "the date of the agency's question", Input.On);
        var reason = Choice("Input.Reason", "what the agency asked about", Input.Reason);
        if (on is { } d && record.SubmittedOn is { } sent && d < sent)
        {
            ModelState.AddModelError("Input.On", $"The agency's question cannot come before the day you sent the request ({Iso(sent)}).");
        }

        return on is { } day && reason is { } why && ModelState.IsValid ? () => requests.RecordQuestion(record.Id, why, day) : null;
    });

    public IActionResult OnPostQuestionAnswered(string token) => Update(token, record =>
    {
        if (record.OpenQuestion is not { } open)
        {
            ModelState.AddModelError("Input.On", "There is no open question from the agency to answer.");
            return null;
        }

        var on = Day("Input.On", "the date your answer reached the agency", Input.On);
        if (on is { } d && d < open.AskedOn)
        {
            ModelState.AddModelError("Input.On", $"Your answer cannot reach the agency before its question ({Iso(open.AskedOn)}).");
        }

        return on is { } day && ModelState.IsValid ? () => requests.RecordQuestionAnswered(record.Id, day) : null;
    });

    public IActionResult OnPostAnswered(string token) => Update(token, record =>
    {
        if (Day("Input.On", "the date of the answer", Input.On) is { } on && Choice("Input.Outcome", "what the agency said", Input.Outcome) is { } outcome
            && Input.AnswerOf(outcome, ModelState) is { } answer)
        {
            return () => requests.RecordAnswer(record.Id, on, answer);
        }

        return null;
    });

    /// <summary>Deletes only when the box saying so is ticked: one stray press loses nothing.</summary>
    public IActionResult OnPostDelete(string token, bool confirm = false)
    {
        if (!Load(token))
        {
            return NotFound();
        }

        if (!confirm)
        {
            ModelState.AddModelError("confirm", "Nothing was deleted: tick “Yes, delete it” to confirm, then press the button again.");
            return Page();
        }

        requests.Delete(Tracking.Record);
        return new SeeOtherResult("/requests/deleted");
    }

    /// <summary>
    /// Loads the request, checks the posted form, and saves what <paramref name="check"/> returns; nothing is saved
    /// when any field is wrong: the page comes back with a message saying what was expected.
    /// </summary>
    private IActionResult Update(string token, Func<FoiaRecord, Action?> check)
    {
        if (!Load(token))
        {
            return NotFound();
        }

        if (Input.HasLineBreak)
        {
            ModelState.AddModelError("Input.TrackingNumber", "Write the tracking number on one line.");
        }

        if (Input.Via == SubmissionRoute.SentForMe)
        {
            ModelState.AddModelError("Input.Via", "Choose how you sent it: through the portal, from your own e-mail, or by post.");
        }

        var save = ModelState.IsValid ? check(Tracking.Record) : null;
        if (save is null || !ModelState.IsValid)
        {
            return Page();
        }

        save();
        return new SeeOtherResult($"/requests/{token}?done=recorded");
    }

    // A date the person must give (no day is assumed for them), not after today in Washington.
    private DateOnly? Day(string field, string what, DateOnly? value)
    {
        if (value is not { } day)
        {
            ModelState.AddModelError(field, $"Enter {what}.");
            return null;
        }

        if (day > Tracking.Today)
        {
            ModelState.AddModelError(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} cannot be after today ({Iso(Tracking.Today)}).");
            return null;
        }

        return day;
    }

    // An optional date the agency states: from the day the request was sent through today.
    private void SinceSent(string field, string what, DateOnly? value, DateOnly? sent)
    {
        if (value is { } day && (day > Tracking.Today || (sent is { } s && day < s)))
        {
            ModelState.AddModelError(field, $"{what} must be between the day you sent it ({Iso(sent)}) and today.");
        }
    }

    private T? Choice<T>(string field, string what, T? value) where T : struct
    {
        if (value is null)
        {
            ModelState.AddModelError(field, $"Choose {what}.");
        }

        return value;
    }

    private static string Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private bool Load(string token)
    {
        if (requests.ByToken(token) is not { } record)
        {
            return false;
        }

        Token = token;
        Tracking = FoiaTracking.Load(record, held, site.Value, clock);
        return true;
    }

    /// <summary>What the small forms on the page post.</summary>
    public sealed class RecordInput
    {
        public DateOnly? On { get; set; }

        public SubmissionRoute? Via { get; set; }

        [System.ComponentModel.DataAnnotations.StringLength(100)]
        public string? TrackingNumber { get; set; }

        public bool UnusualCircumstances { get; set; }

        /// <summary>The receipt date the agency states, if it states one.</summary>
        public DateOnly? ReceivedOn { get; set; }

        /// <summary>The agency says the request first reached the wrong office.</summary>
        public bool Misrouted { get; set; }

        public DateOnly? ReachedRightOfficeOn { get; set; }

        public TollingReason? Reason { get; set; }

        public FoiaOutcome? Outcome { get; set; }

        /// <summary>The exemptions the agency cited for what it withheld, as ticked on the answer form.</summary>
        public List<FoiaExemption> Exemptions { get; set; } = [];

        public bool FeeCategoryDenied { get; set; }

        public bool FeeWaiverDenied { get; set; }

        public bool ExpeditedDenied { get; set; }

        /// <summary>The answer as recorded, or null (with the reason in <paramref name="errors"/>) when exemptions are ticked
        /// for an answer that withheld nothing: they would be lost, so the person is asked rather than silently ignored.</summary>
        public AgencyAnswer? AnswerOf(FoiaOutcome outcome, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary errors)
        {
            ArgumentNullException.ThrowIfNull(errors);
            var answer = new AgencyAnswer(outcome)
            {
                Exemptions = [.. Exemptions.Where(Enum.IsDefined).Distinct().Order()],
                FeeCategoryDenied = FeeCategoryDenied,
                FeeWaiverDenied = FeeWaiverDenied,
                ExpeditedDenied = ExpeditedDenied,
            };
            if (answer.Exemptions.Count > 0 && !answer.Withheld)
            {
                errors.AddModelError("Input.Exemptions", FoiaStrings.Text("Answer.ExemptionsOnlyWhenWithheld"));
                return null;
            }

            return answer;
        }

        public bool HasLineBreak => TrackingNumber?.Any(char.IsControl) == true;
    }
}

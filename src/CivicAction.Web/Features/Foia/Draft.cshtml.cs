using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Foia;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.RateLimits;
using CivicAction.Core.Letters;
using CivicAction.Core.Deadlines;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.Localization;
using CivicAction.Web.Features.Shared;
using CivicAction.Web.Features.SendForMe.Smtp;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// Drafting a FOIA request from a story's FOIA action: a form prefilled from the brief, a live
/// preview of the letter, the checks next to their fields, then saving to a private page.
/// Never output-cached: it carries an antiforgery token and the requester's details.
/// </summary>
[EnableRateLimiting(RateLimits.Draft)]
public sealed class DraftModel(
    StoryStore stories, FoiaRequestStore requests, TimeProvider clock, IStringLocalizer<FoiaStrings> text, IOptions<SmtpOptions> smtp, IOptions<SiteOptions> site, SiteUrls urls)
    : PageModel
{
    [BindProperty]
    public FoiaRequest Form { get; set; } = new();

    /// <summary>The requester asks to be e-mailed the private page's address on saving (off unless ticked).</summary>
    [BindProperty]
    public bool EmailMeTheLink { get; set; }

    /// <summary>The requester asks for the request to be listed under their e-mail address, for "my requests" (off unless ticked).</summary>
    [BindProperty]
    public bool ListUnderMyEmail { get; set; }

    /// <summary>The site sends mail, so it can e-mail the private page's address.</summary>
    public bool CanEmailLink => smtp.Value.Enabled;

    /// <summary>A field people never see; bots fill it. A filled honeypot stores nothing.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public StoryDocument Story { get; private set; } = null!;

    public BriefAction Action { get; private set; } = null!;

    public DeliveryPlan Plan { get; private set; } = null!;

    /// <summary>The brief's e-mail contact lines that are not a way to file this request, and why.</summary>
    public IReadOnlyDictionary<string, ContactNote> ContactNotes { get; private set; } = new Dictionary<string, ContactNote>();

    public FoiaLetter Letter { get; private set; } = null!;

    public IReadOnlyList<FieldCheck> Checks { get; private set; } = [];

    /// <summary>On a Spanish page, what each part of the English letter says, to read beside it; null otherwise.</summary>
    public IReadOnlyList<(FoiaLetterSection English, FoiaLetterSection Spanish)>? SideBySide { get; private set; }

    /// <summary>Saving was refused: show the blocking checks as errors.</summary>
    public bool SaveRefused { get; private set; }

    public ErrorSummaryView SaveErrors => new(text["Draft.FixBeforeSaving"], Checks, InputId);

    public IActionResult OnGet(string slug, int number)
    {
        if (!Load(slug, number))
        {
            return NotFound();
        }

        Form = FoiaPrefill.From(Action, AgencyDirectory.Default);
        Compose();
        return Page();
    }

    /// <summary>The Preview button without JavaScript: the same page with the letter and checks.</summary>
    public IActionResult OnPostPreview(string slug, int number)
    {
        if (!Load(slug, number))
        {
            return NotFound();
        }

        Compose();
        return Page();
    }

    /// <summary>The live preview (scripts/foia.js posts the form here while the person types).</summary>
    public IActionResult OnPostFragment(string slug, int number)
    {
        if (!Load(slug, number))
        {
            return NotFound();
        }

        Compose();
        return Partial("_FoiaPreview", this);
    }

    public IActionResult OnPostSave(string slug, int number)
    {
        if (!Load(slug, number))
        {
            return NotFound();
        }

        if (!string.IsNullOrEmpty(Website))
        {
            return new SeeOtherResult($"/stories/{slug}"); // a bot filled the hidden field: look done, store nothing
        }

        Compose();
        if (!ModelState.IsValid || !FieldCheck.AllowSending(Checks))
        {
            SaveRefused = true;
            return Page();
        }

        var emailed = EmailMeTheLink && CanEmailLink;
        var token = requests.Create(Posted(), Plan, Letter, Story.Slug, Action.Number, emailed ? LinkMail : null, ListUnderMyEmail && CanEmailLink);
        return new SeeOtherResult($"/requests/{token}?done={(emailed ? "saved-emailed" : "saved")}");
    }

    // The e-mail carries no words a requester typed: it goes to an address nobody has confirmed, so it names only the
    // directory's agency, and it is written in the language of the page the person saved from.
    private (string Subject, string Body) LinkMail(string token)
    {
        var siteName = site.Value.Name;
        var agency = Plan.Agency?.Name ?? text["Mail.AnAgency"].Value;
        return (text["Mail.LinkSubject", siteName].Value, text["Mail.LinkBody", agency, siteName, urls.ForEmail($"/requests/{token}")].Value);
    }

    /// <summary>Checks sit next to their fields once the person has previewed or tried to save, not on a fresh form.</summary>
    public bool ShowFieldChecks => Request.Method == HttpMethods.Post;

    public FieldMessagesView MessagesFor(string field) =>
        new(InputId(field), ShowFieldChecks ? Checks.Where(c => c.Field == field).ToList() : []);

    /// <summary>The form field a check is about (the questions are one text box).</summary>
    public static string InputId(string field) => field == nameof(FoiaRequest.Questions) ? "Form_QuestionsText" : $"Form_{field}";

    private bool Load(string slug, int number)
    {
        if (stories.FindAction(slug, number, DraftKind.FoiaRequest) is not { } found)
        {
            return false;
        }

        (Story, Action) = (found.Story, found.Action);
        Plan = AgencyDirectory.Default.Plan(Action);
        ContactNotes = BriefContactCheck.Check(Action, AgencyDirectory.Default);
        return true;
    }

    private FoiaRequest Posted() => Form.Normalized(AgencyDirectory.Default);

    private void Compose()
    {
        var request = Posted();
        var today = FederalDate.Today(clock);
        Letter = FoiaLetterDrafter.Draft(request, Plan.Agency, today);
        Checks = FoiaCheckTexts.Localize(FoiaChecks.Check(request, Plan.Agency), text);
        SideBySide = SiteLanguages.Current == SiteLanguages.Spanish
            ? [.. Letter.Sections.Zip(FoiaLetterInSpanish.Render(Letter, request, Plan.Agency, today))]
            : null;
    }
}

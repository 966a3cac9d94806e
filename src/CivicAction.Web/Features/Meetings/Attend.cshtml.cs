using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Composing;
using CivicAction.Web.Features.Shared;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.RateLimits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CivicAction.Web.Features.Meetings;

/// <summary>
/// A meeting to attend: when and where as the brief writes it (and what it leaves out), the calendar file, the
/// brief's tips, and, when the brief offers a statement, its composer (POSTs answered with no-store; nothing kept).
/// </summary>
[EnableRateLimiting(RateLimits.Draft)]
public sealed class AttendModel(StoryStore stories) : PageModel
{
    public MeetingView Meeting { get; private set; } = null!;

    public ComposerTemplate Template { get; private set; } = null!;

    public ComposerView? Composer { get; private set; }

    public string BasePath => ActionLinks.DraftPath(Meeting.Found.Slug, Meeting.Found.Number, DraftKind.Attend)!;

    public IActionResult OnGet(string slug, int number)
    {
        if (!Load(slug, number))
        {
            return NotFound();
        }

        Composer = Template.HasText ? ComposerView.Fresh(BasePath, "statement", Template, null) : null;
        return Page();
    }

    public IActionResult OnPost(string slug, int number, ComposerInput input)
    {
        Response.Headers.CacheControl = "no-store";
        return Load(slug, number) && Template.HasText ? Compose(input).Page : NotFound();
    }

    public IActionResult OnPostDownload(string slug, int number, ComposerInput input)
    {
        Response.Headers.CacheControl = "no-store";
        if (!Load(slug, number) || !Template.HasText)
        {
            return NotFound();
        }

        var (page, text) = Compose(input);
        return text is null ? page : ComposedFile.Text(Response, text, "statement.txt");
    }

    private (IActionResult Page, string? Text) Compose(ComposerInput input)
    {
        var errors = ComposerCheckTexts.Localize(ComposerChecks.Check(Template, input));
        var text = errors.Count == 0 ? ComposedText.Compose(Template, input) : null;
        Composer = new ComposerView(BasePath, "statement", Template, input, errors, text, null);
        return (Page(), text);
    }

    private bool Load(string slug, int number)
    {
        if (stories.FindAction(slug, number, DraftKind.Attend) is not { } found)
        {
            return false;
        }

        Meeting = MeetingView.Of(found);
        Template = ComposerTemplate.Of(found.Action);
        return true;
    }
}

using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Composing;
using CivicAction.Web.Features.Shared;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.RateLimits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CivicAction.Web.Features.Comments;

/// <summary>
/// A public comment: the brief's sample with its blanks asked for and the person's own paragraph, counted against
/// the Regulations.gov limit, to copy or download; then where to post it (the docket) and a place for the tracking
/// number, kept in the browser only. Nothing the person types is stored: composing and downloading are POSTs answered
/// with no-store.
/// </summary>
[EnableRateLimiting(RateLimits.Draft)]
public sealed class CommentModel(StoryStore stories) : PageModel
{
    public StoryAction Found { get; private set; } = null!;

    public CommentDetails Details { get; private set; } = null!;

    public ComposerView Composer { get; private set; } = null!;

    public string BasePath => ActionLinks.DraftPath(Found.Slug, Found.Number, DraftKind.PublicComment)!;

    public IActionResult OnGet(string slug, int number)
    {
        if (!Load(slug, number, out var template))
        {
            return NotFound();
        }

        Composer = ComposerView.Fresh(BasePath, "comment", template, CommentLength.RegulationsGovMax);
        return Page();
    }

    public IActionResult OnPost(string slug, int number, ComposerInput input)
    {
        Response.Headers.CacheControl = "no-store";
        return Load(slug, number, out var template) ? Compose(template, input).Page : NotFound();
    }

    public IActionResult OnPostDownload(string slug, int number, ComposerInput input)
    {
        Response.Headers.CacheControl = "no-store";
        if (!Load(slug, number, out var template))
        {
            return NotFound();
        }

        var (page, text) = Compose(template, input);
        return text is null ? page : ComposedFile.Text(Response, text, "public-comment.txt");
    }

    private (IActionResult Page, string? Text) Compose(ComposerTemplate template, ComposerInput input)
    {
        var errors = ComposerCheckTexts.Localize(ComposerChecks.Check(template, input));
        var text = ComposedText.Compose(template, input);
        if (errors.Count == 0 && ComposerChecks.CheckCommentLength(text) is { } over)
        {
            errors.AddRange(ComposerCheckTexts.Localize([over]));
        }

        var ok = errors.Count == 0;
        Composer = new ComposerView(BasePath, "comment", template, input, errors, ok ? text : null, CommentLength.RegulationsGovMax);
        return (Page(), ok ? text : null);
    }

    private bool Load(string slug, int number, out ComposerTemplate template)
    {
        template = null!;
        if (stories.FindAction(slug, number, DraftKind.PublicComment) is not { } found)
        {
            return false;
        }

        Found = found;
        Details = CommentDetails.Of(found.Action);
        template = ComposerTemplate.Of(found.Action);
        return true;
    }
}

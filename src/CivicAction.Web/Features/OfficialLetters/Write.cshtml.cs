using CivicAction.Core.Letters.Officials;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.RateLimits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CivicAction.Web.Features.OfficialLetters;

/// <summary>
/// A letter to an official from the brief's template: the form (a GET, nothing personal in it), then the posted details
/// become the letter, shown with copy, e-mail and print. Nothing is stored: the details ride on in hidden fields.
/// </summary>
[EnableRateLimiting(RateLimits.Draft)]
public sealed class WriteModel(StoryStore stories) : PageModel
{
    public OfficialAction Action { get; private set; } = null!;

    public OfficialStep Step { get; private set; } = null!;

    public IActionResult OnGet(string slug, int number)
    {
        if (OfficialAction.Find(stories, slug, number) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        Step = new OfficialStep(new OfficialFormView(action, new OfficialLetterDetails(), []), null);
        return Page();
    }

    // edit: back to the form with the details as they are, to change something.
    public IActionResult OnPost(string slug, int number, OfficialLetterDetails details, bool edit = false)
    {
        Response.Headers.CacheControl = "no-store";
        if (OfficialAction.Find(stories, slug, number) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        Step = edit ? new OfficialStep(new OfficialFormView(action, details, []), null) : OfficialLetterPages.Prepare(action, details);
        return Page();
    }
}

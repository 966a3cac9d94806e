using CivicAction.Core.Letters.Officials;
using CivicAction.Web.Features.Shared.Pdf;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.RateLimits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CivicAction.Web.Features.OfficialLetters;

/// <summary>
/// The letter as a PDF to print, sign and mail, drafted again from the posted details exactly as the letter page drafted
/// it (nothing is stored). A POST, since it carries the person's details, and never cached.
/// </summary>
[PrivatePage]
[EnableRateLimiting(RateLimits.Draft)]
public sealed class PrintModel(StoryStore stories, TimeProvider clock) : PageModel
{
    public OfficialAction Action { get; private set; } = null!;

    public OfficialStep Step { get; private set; } = null!;

    public IActionResult OnGet(string slug, int number) => RedirectToPage("/OfficialLetters/Write", new { slug, number });

    public IActionResult OnPost(string slug, int number, OfficialLetterDetails details)
    {
        if (OfficialAction.Find(stories, slug, number) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        Step = OfficialLetterPages.Prepare(action, details);
        if (Step.Letter is not { } letter)
        {
            return Page(); // the details need fixing first: the form again, with what to fix
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        return File(LetterPdf.Render(OfficialLetterPages.PrintBlocks(letter.Letter, today), today), "application/pdf", $"letter-{action.Slug}-{action.Number}.pdf");
    }
}

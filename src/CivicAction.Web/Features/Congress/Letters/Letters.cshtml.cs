using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Platform.RateLimits;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// Step two: the posted details become one letter per member, each with its delivery options.
/// A POST because it carries personal data; the answer is never stored by any cache.
/// </summary>
[EnableRateLimiting(RateLimits.Draft)]
public sealed class LettersModel(CongressWriting writing, CongressLookup lookup) : PageModel
{
    public LettersStep Step { get; private set; } = null!;

    /// <summary>A bookmark or a reload of this address starts over at the lookup.</summary>
    public IActionResult OnGet(string slug, int number) => RedirectToPage("/Congress/Letters/Write", new { slug, number });

    // reset: the member whose letter goes back to the template (the person's version of it is dropped).
    public IActionResult OnPost(string slug, int number, LetterDetails details, bool edit = false, string? reset = null)
    {
        Response.Headers.CacheControl = "no-store";
        if (writing.Find(slug, number) is not { } action)
        {
            return NotFound();
        }

        if (reset is not null)
        {
            details.Edits.Remove(reset);
        }

        Step = LetterPages.Prepare(writing, lookup, action, details, edit);
        return Page();
    }
}

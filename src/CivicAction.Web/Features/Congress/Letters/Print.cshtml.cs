using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Shared.Pdf;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.RateLimits;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// "Print and mail": one member's letter as a PDF to print, drafted again from the posted details exactly as the
/// letters page drafted it, with the person's own version of it when they edited it (nothing is stored). A POST, since it carries the
/// person's details, and never cached.
/// </summary>
[PrivatePage]
[EnableRateLimiting(RateLimits.Draft)]
public sealed class PrintModel(CongressWriting writing, CongressLookup lookup, TimeProvider clock) : PageModel
{
    /// <summary>The value of the office choice that means the member's Washington office.</summary>
    public const string WashingtonOffice = "washington";

    public LettersStep Step { get; private set; } = null!;

    public IActionResult OnGet(string slug, int number) => RedirectToPage("/Congress/Letters/Write", new { slug, number });

    // office: "washington" (or nothing) for the Washington office, else the position of one of the member's district offices.
    public IActionResult OnPost(string slug, int number, LetterDetails details, string? member, string? office)
    {
        if (writing.Find(slug, number) is not { } action)
        {
            return NotFound();
        }

        Step = LetterPages.Prepare(writing, lookup, action, details, edit: false);
        if (Step.Letters is null)
        {
            return Page(); // the details need fixing first: the form again, with what to fix
        }

        if (Step.Letters.Letters.FirstOrDefault(l => l.Target.Key == member && l.Target.Member is not null) is not { } letter)
        {
            return BadRequest(); // only a member of these letters, found in the data, has an office address to print
        }

        if (letter.EditErrors.Count > 0)
        {
            return Page(); // the person's own version has something to fix first: the letters, with the message by its box
        }

        var found = letter.Target.Member!;
        DistrictOffice? districtOffice = null;
        if (!string.IsNullOrEmpty(office) && office != WashingtonOffice)
        {
            districtOffice = int.TryParse(office, System.Globalization.CultureInfo.InvariantCulture, out var position)
                ? found.DistrictOffices.FirstOrDefault(o => o.Position == position) : null;
            if (districtOffice is null)
            {
                return BadRequest(); // an office this member does not have
            }
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var pdf = LetterPdf.Render(PrintedLetter.Blocks(letter, found, details, today, districtOffice), today, PrintedLetter.FoldMarksInches);
        return File(pdf, "application/pdf", $"letter-to-{letter.Target.Member!.LastName.ToLowerInvariant()}.pdf");
    }
}

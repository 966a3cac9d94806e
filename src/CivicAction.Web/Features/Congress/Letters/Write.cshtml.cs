using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using CivicAction.Core.Letters;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Features.Congress.Lookup;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>
/// Step one: find who represents the person (ZIP, or state and district; the names typed by
/// hand when there is no data), then the details form. Lookups carry no personal data, so they
/// are GETs that can be bookmarked; the details form POSTs. Never output-cached: it has a form.
/// </summary>
public sealed class WriteModel(CongressWriting writing, CongressLookup lookup) : PageModel
{
    public CongressAction Action { get; private set; } = null!;

    public LookupView Lookup { get; private set; } = null!;

    /// <summary>The details form, once there are members to write to (or names to type).</summary>
    public DetailsFormView? Details { get; private set; }

    public IActionResult OnGet(string slug, int number, string? zip, string? state, string? district, string? seat, bool choose = false, bool typed = false)
    {
        if (writing.Find(slug, number) is not { } action)
        {
            return NotFound();
        }

        Action = action;
        Lookup = lookup.Run(new LookupInput(zip, state, district, seat, choose, typed));
        if (Lookup.Delegation is { Members.Count: > 0 } delegation)
        {
            Details = DetailsFormView.ForDelegation(action, delegation, zip).ForCwc(writing.CwcEnabled);
        }
        else if (Lookup.TypesNames)
        {
            Details = DetailsFormView.ForTypedNames(action).ForCwc(writing.CwcEnabled);
        }

        return Page();
    }

    /// <summary>Nothing is posted here (the details form posts to the letters page): back to the lookup.</summary>
    public IActionResult OnPost(string slug, int number) => new SeeOtherResult(ActionLinks.DraftPath(slug, number, DraftKind.CongressLetter)!);
}

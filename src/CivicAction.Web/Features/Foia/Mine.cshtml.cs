using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.RateLimits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.Foia;

/// <summary>
/// "My requests": the person types their e-mail address and, if requests were listed under it, gets a link to their
/// list by e-mail. The answer is the same whether or not the address has requests, so the form tells nobody whose
/// address is known here; the posts are rate limited like the other forms.
/// </summary>
[PrivatePage]
[EnableRateLimiting(RateLimits.Draft)]
public sealed class MineModel(FoiaAccessStore access, IStringLocalizer<FoiaStrings> text, IOptions<SiteOptions> site, SiteUrls urls) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    /// <summary>A field people never see; bots fill it. A filled honeypot sends nothing.</summary>
    [BindProperty]
    public string? Website { get; set; }

    public bool Sent { get; private set; }

    public void OnGet(bool sent = false) => Sent = sent;

    public IActionResult OnPost()
    {
        if (!Core.Formats.EmailAddress.IsValid(Email))
        {
            ModelState.AddModelError(nameof(Email), text["Mine.EmailExpected"]);
            return Page();
        }

        if (string.IsNullOrEmpty(Website))
        {
            access.SendListLink(Email!, ListMail);
        }

        return new SeeOtherResult("/requests/mine?sent=true");
    }

    // Fixed words and the link only: the address typed may belong to someone else, who must learn nothing from it.
    private (string Subject, string Body) ListMail(string token) =>
        (text["Mail.ListSubject", site.Value.Name].Value, text["Mail.ListBody", site.Value.Name, urls.ForEmail($"/requests/mine/{token}")].Value);
}

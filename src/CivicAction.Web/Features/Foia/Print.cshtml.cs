using CivicAction.Web.Platform.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CivicAction.Web.Features.Foia;

[PrivatePage]
public sealed class PrintModel(FoiaRequestStore requests) : PageModel
{
    public FoiaRecord Record { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public IActionResult OnGet(string token)
    {
        if (requests.ByToken(token) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        Token = token;
        return Page();
    }
}

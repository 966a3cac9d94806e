using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CivicAction.Web.Features.Shared;

/// <summary>Friendly pages for 404 and other errors (re-executed by the status-code middleware).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    // A failed POST is re-executed as a POST: answer it with the same page.
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        var status = code ?? 500;
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null && code is null)
        {
            status = 404; // someone opened /error directly
        }

        Response.StatusCode = status;
        (Title, Message) = status switch
        {
            404 => ("Page not found", "There is no page at this address. The story may have moved, or the link may be mistyped."),
            400 => ("That request could not be understood", "Something in the address or the form was not what we expected. Please go back and try again."),
            429 => ("Too many requests", "You are going faster than we allow. Please wait a minute and try again."),
            _ => ("Something went wrong", "An error on our side stopped this page. Nothing you entered has been lost; please try again in a moment."),
        };
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CivicAction.Web.Features.Shared;

/// <summary>Friendly pages for 404 and other errors (re-executed by the status-code middleware).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";

    public string Message { get; private set; } = "";

    // A failed request is re-executed with its own method (a POST, a refused TRACE), and its body may be what was
    // refused: every method gets the same page, and nothing is bound from the request, so the form is never read.
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context) =>
        Describe(RouteData.Values["code"] is string code && int.TryParse(code, out var status) ? status : null);

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }

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
            405 => ("This address does not take that kind of request", "Pages here are read with a browser and forms are sent with their buttons. Please go back and use the page's own links and buttons."),
            413 => ("That was more than this site accepts", "The form sent was far larger than any request or letter needs. Please shorten what you wrote and try again; nothing was stored."),
            429 => ("Too many requests", "You are going faster than we allow. Please wait a minute and try again."),
            _ => ("Something went wrong", "An error on our side stopped this page. Nothing you entered has been lost; please try again in a moment."),
        };
    }
}

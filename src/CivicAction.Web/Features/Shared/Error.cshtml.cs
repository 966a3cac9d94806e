using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CivicAction.Web.Features.Shared;

/// <summary>Friendly pages for 404 and other errors (re-executed by the status-code middleware).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IStringLocalizer<SharedStrings> text) : PageModel
{
    public string Title { get; private set; } = "";

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
        // The texts are Error.{status}.Title and .Message; a status without its own texts gets the 500 ones.
        var key = status is 400 or 404 or 405 or 413 or 429 ? status : 500;
        Title = text[$"Error.{key}.Title"];
        Message = text[$"Error.{key}.Message"];
    }
}

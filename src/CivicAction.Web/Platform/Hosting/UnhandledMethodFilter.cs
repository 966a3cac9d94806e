using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CivicAction.Web.Platform.Hosting;

/// <summary>
/// A request that none of a page's handlers answers (a POST without a handler, a handler name the page does not
/// have) gets 405 rather than the page run with no handler, which would render a model nothing filled in. Pages
/// without any handler (static pages) are still shown, and the error pages answer whatever request failed.
/// </summary>
public sealed class UnhandledMethodFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var reExecuted = http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null;
        var isRead = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        if (context.HandlerMethod is null && !reExecuted && (!isRead || context.ActionDescriptor.HandlerMethods.Count > 0))
        {
            http.Response.Headers.Allow = RequestGuards.Allowed;
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}

using Microsoft.AspNetCore.Mvc;

namespace CivicAction.Web.Platform.Hosting;

/// <summary>
/// 303 See Other, the answer to a POST that changed something (post/redirect/get): the browser
/// GETs <paramref name="location"/>, so a refresh or the back button never repeats the POST.
/// </summary>
public sealed class SeeOtherResult(string location) : IActionResult
{
    public string Location => location;

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HttpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.HttpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}

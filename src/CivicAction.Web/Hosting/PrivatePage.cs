using Microsoft.AspNetCore.Mvc.Filters;

namespace CivicAction.Web.Hosting;

/// <summary>
/// For pages at secret addresses (a request's tracking page): never stored by caches, never
/// indexed, and no Referer leaves the page, so the address does not leak to the agency's portal.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PrivatePageAttribute : Attribute, IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

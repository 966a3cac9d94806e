using Microsoft.AspNetCore.Mvc.Filters;

namespace CivicAction.Web.Platform.Hosting;

/// <summary>
/// For pages at secret addresses (a request's tracking page): never stored by caches, never
/// indexed, and no Referer leaves the page, so the address does not leak to the agency's portal.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PrivatePageAttribute : Attribute, IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context) => ApplyTo(context.HttpContext.Response.Headers);

    /// <summary>The private-page headers, for pages and for the files served from private addresses.</summary>
    public static void ApplyTo(IHeaderDictionary headers)
    {
        // The same value antiforgery sets on pages with a form, so it has nothing to override (and log).
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace CivicAction.Web.Platform.Hosting;

/// <summary>
/// What the site refuses before any page runs, with the status that says why (the status-code pages then show the
/// friendly page): methods it does not serve (405), bodies over <see cref="SiteOptions.MaxRequestBytes"/> (413), and
/// bodies the framework cannot read as a form (400). Each is one line in the log, never an exception.
/// </summary>
public static partial class RequestGuards
{
    /// <summary>The methods of every page: read (GET, HEAD) and submit forms (POST).</summary>
    public const string Allowed = "GET, HEAD, POST";

    public static IApplicationBuilder UseRequestGuards(this IApplicationBuilder app, long maxRequestBytes) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                await next(context); // the friendly page for a refusal made here: shown whatever the method or body
                return;
            }

            if (HttpMethods.IsOptions(request.Method))
            {
                context.Response.Headers.Allow = Allowed;
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }

            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsPost(request.Method))
            {
                context.Response.Headers.Allow = Allowed;
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                return;
            }

            if (request.ContentLength > maxRequestBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            // A body sent without a length is cut off at the same limit by the server while it is read.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = maxRequestBytes;
            }

            try
            {
                if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
                {
                    // Read here, where a body past the limit (sent without a length) or past the form's limits is
                    // refused with its own status: read first by antiforgery, either would be a plain 400.
                    await request.ReadFormAsync(context.RequestAborted);
                }

                await next(context);
            }
            catch (Exception e) when (Refusal(context, e) is { } status)
            {
                Log(context).RequestRefused(request.Method, status, e.GetType().Name);
                context.Response.Clear();
                context.Response.StatusCode = status;
            }
        });

    /// <summary>The status for a body that could not be read, or null for any other failure (a real 500).</summary>
    private static int? Refusal(HttpContext context, Exception e) => context.Response.HasStarted ? null : e switch
    {
        BadHttpRequestException bad => bad.StatusCode, // 413 past the limit, 400 for a malformed or cut-off body
        InvalidDataException when context.Request.HasFormContentType => StatusCodes.Status400BadRequest, // form limits
        _ => null,
    };

    private static ILogger Log(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestGuards).FullName!);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a {Method} request with {StatusCode}: its body could not be read ({Reason})")]
    private static partial void RequestRefused(this ILogger logger, string method, int statusCode, string reason);
}

using System.Threading.RateLimiting;
using System.ComponentModel.DataAnnotations;
using CivicAction.Web.Platform.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Platform.RateLimits;

/// <summary>How many sends and confirmations one address may make. Bound to <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions : IOptionsSection
{
    public static string Section => "RateLimits";

    [Range(1, 100_000)]
    public int SendsPerWindow { get; set; } = 5;

    [Range(1, 100_000)]
    public int ConfirmationsPerWindow { get; set; } = 20;

    [Range(1, 100_000)]
    public int DraftsPerWindow { get; set; } = 120;

    [Range(0.1, 24 * 60)]
    public double WindowMinutes { get; set; } = 15;
}

/// <summary>
/// The framework's rate limiter, per client address: "send" for anything that makes the app
/// e-mail someone, "confirm" for confirmation links, "draft" for saving drafts and previews.
/// Only posts count: a GET or HEAD changes nothing, and opening one's own private page (or the
/// link in a confirmation e-mail) again must never be refused. A rejected request gets the
/// friendly 429 page. The counters live in this process.
/// </summary>
public static class RateLimits
{
    public const string Send = "send";
    public const string Confirm = "confirm";
    public const string Draft = "draft";

    public static IServiceCollection AddCivicRateLimits(this IServiceCollection services)
    {
        services.AddSection<RateLimitOptions>();
        services.AddRateLimiter(limiter => limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, configured) =>
        {
            var options = configured.Value;
            Add(limiter, Send, options.SendsPerWindow, options.WindowMinutes);
            Add(limiter, Confirm, options.ConfirmationsPerWindow, options.WindowMinutes);
            Add(limiter, Draft, options.DraftsPerWindow, options.WindowMinutes);
        });
        return services;
    }

    private static void Add(RateLimiterOptions limiter, string name, int permits, double minutes) =>
        limiter.AddPolicy(name, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("reading")
            : RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(minutes), QueueLimit = 0 }));
}

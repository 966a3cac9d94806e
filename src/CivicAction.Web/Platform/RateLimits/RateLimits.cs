using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CivicAction.Web.Platform.RateLimits;

/// <summary>How many sends and confirmations one address may make. Bound to <c>RateLimits</c>.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int SendsPerWindow { get; set; } = 5;

    public int ConfirmationsPerWindow { get; set; } = 20;

    public int DraftsPerWindow { get; set; } = 120;

    public double WindowMinutes { get; set; } = 15;
}

/// <summary>
/// The framework's rate limiter, per client address: "send" for anything that makes the app
/// e-mail someone, "confirm" for confirmation links, "draft" for saving drafts and previews.
/// A rejected request gets the friendly 429 page.
/// </summary>
public static class RateLimits
{
    public const string Send = "send";
    public const string Confirm = "confirm";
    public const string Draft = "draft";

    public static IServiceCollection AddCivicRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            Add(limiter, Send, options.SendsPerWindow, options.WindowMinutes);
            Add(limiter, Confirm, options.ConfirmationsPerWindow, options.WindowMinutes);
            Add(limiter, Draft, options.DraftsPerWindow, options.WindowMinutes);
        });
    }

    private static void Add(RateLimiterOptions limiter, string name, int permits, double minutes) =>
        limiter.AddPolicy(name, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(minutes), QueueLimit = 0 }));
}

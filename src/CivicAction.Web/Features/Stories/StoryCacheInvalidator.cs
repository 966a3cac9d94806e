using Microsoft.AspNetCore.OutputCaching;

namespace CivicAction.Web.Features.Stories;

/// <summary>
/// Drops cached story pages (and the parsed documents behind them) when stories change. Imports may run in another process (the
/// import command), so the app polls the counter the importer bumps in its transaction
/// (data_versions) instead of waiting for a call. A poll is one indexed read every 2 s.
/// </summary>
public sealed class StoryCacheInvalidator(StoryStore stories, IOutputCacheStore cache, ILogger<StoryCacheInvalidator> logger) : BackgroundService
{
    public const string Tag = "stories";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seen = stories.Version();
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var now = stories.Version();
                if (now != seen)
                {
                    stories.ForgetDocuments();
                    await cache.EvictByTagAsync(Tag, stoppingToken);
                    logger.LogInformation("Stories changed (version {OldVersion} -> {NewVersion}); cached pages dropped", seen, now);
                    seen = now;
                }
            }
            catch (System.Data.Common.DbException e)
            {
                logger.LogWarning(e, "Could not read the stories version; will try again");
            }
        }
    }
}

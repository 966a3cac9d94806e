using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.Stories.Importing;

/// <summary>
/// On start, after the database is ready: when the store has no stories yet, the seed briefs are imported, so a
/// fresh install shows real content at once.
/// </summary>
public sealed class SeedImport(StoryStore stories, BriefImporter importer, IOptions<SeedOptions> seeds, ILogger<SeedImport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var seedPath = seeds.Value.Path;
        if (string.IsNullOrWhiteSpace(seedPath) || stories.Count() > 0)
        {
            return Task.CompletedTask;
        }

        if (!Directory.Exists(seedPath))
        {
            logger.LogWarning("The store is empty and the seed folder {SeedPath} does not exist; starting without stories", Path.GetFullPath(seedPath));
            return Task.CompletedTask;
        }

        var results = importer.ImportAll(BriefFiles.Expand([seedPath], out _));
        foreach (var rejected in results.Where(r => r.Error is not null))
        {
            logger.LogWarning("Seed brief rejected: {Error}", rejected.Error!.ToString());
        }

        logger.LogInformation("Imported {StoryCount} seed briefs from {SeedPath}", results.Count(r => r.Brief is not null), Path.GetFullPath(seedPath));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

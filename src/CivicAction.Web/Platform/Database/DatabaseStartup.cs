namespace CivicAction.Web.Platform.Database;

/// <summary>Before the server takes requests: create the database, or bring its schema up to date.</summary>
public sealed class DatabaseStartup(IDatabase database, Migrator migrator, ILogger<DatabaseStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = migrator.Migrate();
        logger.LogInformation("Database {DatabasePath} ready ({MigrationCount} migrations applied now)", database.Location, applied.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

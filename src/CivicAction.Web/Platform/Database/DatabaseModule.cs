using CivicAction.Web.Platform.Options;

namespace CivicAction.Web.Platform.Database;

/// <summary>The database's settings, its migrations at start, and /healthz; the provider adds the rest.</summary>
public static class DatabaseModule
{
    public static IServiceCollection AddDatabase(this IServiceCollection services)
    {
        DapperSetup.Configure();
        services.AddSection<DatabaseOptions>();
        services.AddSingleton<Migrator>();
        // First of the hosted services: every other one reads the database it migrates.
        services.AddHostedService<DatabaseStartup>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}

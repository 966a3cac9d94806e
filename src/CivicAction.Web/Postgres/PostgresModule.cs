using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Platform.Database;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Postgres;

/// <summary>The PostgreSQL provider: the server's database, and the PostgreSQL side of each store's seam.</summary>
public static class PostgresModule
{
    public static IServiceCollection AddPostgres(this IServiceCollection services)
    {
        services.AddSingleton(sp => new PostgresDatabase(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddSingleton<IDatabase>(sp => sp.GetRequiredService<PostgresDatabase>());
        services.AddSingleton<IStorySearchIndex, PostgresStorySearchIndex>();
        services.AddSingleton<IOutboxClaims, PostgresOutboxClaims>();
        return services;
    }

    /// <summary>The data-protection key ring in the database, shared by every instance (<see cref="PostgresKeyRing"/>).</summary>
    public static IServiceCollection AddPostgresKeyRing(this IServiceCollection services)
    {
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new PostgresKeyRing(sp.GetRequiredService<IDatabase>())));
        return services;
    }
}

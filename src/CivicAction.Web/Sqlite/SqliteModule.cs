using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Platform.Database;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Sqlite;

/// <summary>The SQLite provider: the database file, and the SQLite side of each store's seam.</summary>
public static class SqliteModule
{
    public static IServiceCollection AddSqlite(this IServiceCollection services)
    {
        services.AddSingleton<IDatabase>(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Path));
        services.AddSingleton<IStorySearchIndex, Fts5StorySearchIndex>();
        services.AddSingleton<IOutboxClaims, SqliteOutboxClaims>();
        return services;
    }
}

using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Options;
using CivicAction.Web.Postgres;
using CivicAction.Web.Sqlite;

namespace CivicAction.Web;

/// <summary>The one place that picks the database provider (<c>Database:Provider</c>), for the web app and the verbs alike.</summary>
public static class DatabaseProviders
{
    public static IServiceCollection AddDatabaseProvider(this IServiceCollection services, IConfiguration configuration) =>
        OptionsSections.Read<DatabaseOptions>(configuration).Provider switch
        {
            DatabaseProvider.PostgreSQL => services.AddDatabase().AddPostgres(),
            _ => services.AddDatabase().AddSqlite(),
        };
}

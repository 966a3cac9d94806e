using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CivicAction.Web.Platform.Database;

/// <summary>/healthz: the database file opens, is migrated and answers a query.</summary>
public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            var stories = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stories");
            return Task.FromResult(HealthCheckResult.Healthy($"{stories} stories"));
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the database does not answer", e));
        }
    }
}

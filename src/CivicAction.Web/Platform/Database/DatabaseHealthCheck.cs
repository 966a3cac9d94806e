using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CivicAction.Web.Platform.Database;

/// <summary>/healthz: the database opens, is migrated and answers a query.</summary>
public sealed class DatabaseHealthCheck(IDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            var version = connection.ExecuteScalar<long>("SELECT MAX(version) FROM schema_migrations");
            return Task.FromResult(HealthCheckResult.Healthy($"schema version {version}"));
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("the database does not answer", e));
        }
    }
}

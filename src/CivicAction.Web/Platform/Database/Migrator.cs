using Dapper;

namespace CivicAction.Web.Platform.Database;

/// <summary>
/// Applies the database's numbered schema scripts in order, each in its own transaction, and records them in
/// <c>schema_migrations</c>. Scripts are never edited once shipped; a change is a new number. Each transaction first
/// takes the database's schema lock and looks again at what is applied, so instances starting together on one
/// server apply each script once.
/// </summary>
public sealed class Migrator(IDatabase database)
{
    public IReadOnlyList<string> Migrate()
    {
        database.Prepare();
        using var connection = database.OpenForWriting();
        using (var transaction = connection.BeginTransaction())
        {
            database.LockSchema(connection, transaction);
            connection.Execute("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                );
                """, transaction: transaction);
            transaction.Commit();
        }

        var ran = new List<string>();
        foreach (var script in database.SchemaScripts())
        {
            using var transaction = connection.BeginTransaction();
            database.LockSchema(connection, transaction);
            var applied = connection.ExecuteScalar<long>(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version", new { script.Version }, transaction) > 0;
            if (applied)
            {
                continue; // disposing the transaction ends it, and with it the lock
            }

            connection.Execute(script.Sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { script.Version, script.Name, AppliedAt = DateTimeOffset.UtcNow },
                transaction);
            transaction.Commit();
            ran.Add(script.Name);
        }

        return ran;
    }
}

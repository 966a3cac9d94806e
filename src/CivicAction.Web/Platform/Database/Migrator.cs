using Dapper;

namespace CivicAction.Web.Platform.Database;

/// <summary>
/// Applies the database's numbered schema scripts in order, each in its own transaction, and records them in
/// <c>schema_migrations</c>. Scripts are never edited once shipped; a change is a new number.
/// </summary>
public sealed class Migrator(IDatabase database)
{
    public IReadOnlyList<string> Migrate()
    {
        database.Prepare();
        using var connection = database.OpenForWriting();
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                applied_at TEXT NOT NULL
            );
            """);
        var applied = connection.Query<long>("SELECT version FROM schema_migrations").ToHashSet();

        var ran = new List<string>();
        foreach (var script in database.SchemaScripts().Where(s => !applied.Contains(s.Version)))
        {
            using var transaction = connection.BeginTransaction();
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

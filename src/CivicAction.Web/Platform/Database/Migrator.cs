using System.Reflection;
using Dapper;

namespace CivicAction.Web.Platform.Database;

/// <summary>
/// Applies the numbered scripts in Sqlite/Schema (embedded resources) in order, each in its
/// own transaction, and records them in <c>schema_migrations</c>. Scripts are never edited
/// once shipped; a change is a new number.
/// </summary>
public sealed class Migrator(Database database)
{
    public IReadOnlyList<string> Migrate()
    {
        database.EnableWriteAheadLog();
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
        foreach (var script in Scripts().Where(s => !applied.Contains(s.Version)))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(script.Sql, transaction: transaction);
            connection.Execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { script.Version, script.Name, AppliedAt = DateTimeOffset.UtcNow.ToString("O") },
                transaction);
            transaction.Commit();
            ran.Add(script.Name);
        }

        return ran;
    }

    private static IEnumerable<(long Version, string Name, string Sql)> Scripts()
    {
        var assembly = typeof(Migrator).Assembly;
        const string prefix = "CivicAction.Web.Sqlite.Schema.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..];
                var version = long.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                return (version, name, Read(assembly, n));
            })
            .OrderBy(s => s.version);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

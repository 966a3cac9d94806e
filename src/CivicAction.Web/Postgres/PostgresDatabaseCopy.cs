using System.Data.Common;
using System.Globalization;
using CivicAction.Core.Briefs;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace CivicAction.Web.Postgres;

/// <summary>How many rows one table holds on each side after a copy.</summary>
public sealed record CopiedTable(string Table, long SourceRows, long TargetRows);

/// <summary>What a copy did: the tables, or why it copied nothing.</summary>
public sealed record DatabaseCopyResult(IReadOnlyList<CopiedTable> Tables, string? Refusal);

/// <summary>
/// Moves a whole database (an operator's SQLite file, read through any <see cref="DbConnection"/>) into an empty,
/// migrated PostgreSQL database, in one transaction: every table the PostgreSQL schema holds, in the order its
/// foreign keys need, its rows with their own ids, then each identity's sequence set past the highest id so that the
/// next row does not collide. The search index is not copied (FTS5 and tsvector share no format): it is rebuilt from
/// each story's document. Before committing, each table's rows are counted on both sides; any difference, or any
/// value that does not read as its column's type, rolls everything back. The source's values are read as the stores
/// write them on SQLite: integers, text, ISO days (yyyy-MM-dd) and ISO moments.
/// </summary>
public sealed class PostgresDatabaseCopy(PostgresDatabase target)
{
    /// <summary>
    /// Tables not copied: the applied scripts (each side has its own, with the same numbers), the search index and its
    /// snippets (rebuilt), and the key ring (SQLite keeps its own beside the file; forms open at the moment of the move
    /// are asked to be sent again).
    /// </summary>
    private static readonly string[] NotCopied = ["schema_migrations", "story_search", "story_snippets", "data_protection_keys"];

    /// <summary>The one table a new, migrated database already fills (each counter at 0): replaced by the source's.</summary>
    private const string Counters = "data_versions";

    private const int StoriesPerBatch = 200;

    public DatabaseCopyResult CopyFrom(DbConnection source, DbTransaction sourceSnapshot)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var connection = (NpgsqlConnection)target.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        target.LockSchema(connection, transaction); // no instance migrating, and no second copy, meanwhile

        var tables = TablesInOrder(connection, transaction);
        var filled = tables
            .Where(t => t != Counters)
            .Select(t => (Table: t, Rows: Count(connection, transaction, t)))
            .Where(t => t.Rows > 0)
            .ToList();
        if (filled.Count > 0)
        {
            var held = string.Join(", ", filled.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Table}: {t.Rows} rows")));
            return new DatabaseCopyResult([], $"the PostgreSQL database {target.Location} already holds data ({held}); "
                + "copy-database fills only an empty database, so nothing was copied");
        }

        connection.Execute($"DELETE FROM {Counters}", transaction: transaction);
        var counts = new List<CopiedTable>();
        foreach (var table in tables)
        {
            var columns = Columns(connection, transaction, table);
            CopyTable(source, sourceSnapshot, connection, table, columns);
            SetIdentities(connection, transaction, table, columns);
            counts.Add(new CopiedTable(table, Count(source, sourceSnapshot, table), Count(connection, transaction, table)));
        }

        RebuildSearch(connection, transaction);
        if (counts.FirstOrDefault(c => c.SourceRows != c.TargetRows) is { } differing)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{differing.Table}: {differing.SourceRows} rows in the SQLite file but {differing.TargetRows} copied"));
        }

        transaction.Commit();
        return new DatabaseCopyResult(counts, null);
    }

    /// <summary>Every table of the schema that is copied, each after the tables its foreign keys point to.</summary>
    private static List<string> TablesInOrder(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var tables = connection.Query<string>("""
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
            ORDER BY table_name
            """, transaction: transaction).Where(t => !NotCopied.Contains(t)).ToList();
        var references = connection.Query<(string From, string To)>("""
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text
            FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE c.contype = 'f' AND n.nspname = current_schema()
            """, transaction: transaction).ToList();

        var ordered = new List<string>();
        var remaining = new List<string>(tables);
        while (remaining.Count > 0)
        {
            var ready = remaining.FirstOrDefault(t => references.All(r => r.From != t || r.To == t || ordered.Contains(r.To) || !tables.Contains(r.To)))
                ?? throw new InvalidOperationException($"the tables {string.Join(", ", remaining)} refer to each other in a circle");
            ordered.Add(ready);
            remaining.Remove(ready);
        }

        return ordered;
    }

    private sealed record Column(string Name, string DataType, bool IsIdentity);

    private static List<Column> Columns(NpgsqlConnection connection, NpgsqlTransaction transaction, string table) =>
        connection.Query<(string Name, string DataType, string IsIdentity)>("""
            SELECT column_name, data_type, is_identity FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = @table
            ORDER BY ordinal_position
            """, new { table }, transaction)
            .Select(c => new Column(c.Name, c.DataType, c.IsIdentity == "YES"))
            .ToList();

    /// <summary>The table's rows from the source, through PostgreSQL's binary COPY.</summary>
    private static void CopyTable(DbConnection source, DbTransaction sourceSnapshot, NpgsqlConnection connection, string table, List<Column> columns)
    {
        var names = string.Join(", ", columns.Select(c => Quoted(c.Name)));
        using var read = source.CreateCommand();
        read.Transaction = sourceSnapshot;
        read.CommandText = $"SELECT {names} FROM {Quoted(table)}";
        using var reader = read.ExecuteReader();
        using var writer = connection.BeginBinaryImport($"COPY {Quoted(table)} ({names}) FROM STDIN (FORMAT BINARY)");
        while (reader.Read())
        {
            writer.StartRow();
            for (var i = 0; i < columns.Count; i++)
            {
                Write(writer, table, columns[i], reader.IsDBNull(i) ? null : reader.GetValue(i));
            }
        }

        writer.Complete();
    }

    private static void Write(NpgsqlBinaryImporter writer, string table, Column column, object? value)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        try
        {
            switch (column.DataType)
            {
                case "bigint":
                    writer.Write(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint);
                    break;
                case "text":
                    writer.Write(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text);
                    break;
                case "date":
                    writer.Write(DateOnly.ParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture), NpgsqlDbType.Date);
                    break;
                case "timestamp with time zone":
                    // A moment written without an offset is UTC, as the stores write them.
                    var moment = DateTimeOffset.Parse((string)value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
                    writer.Write(moment.UtcDateTime, NpgsqlDbType.TimestampTz);
                    break;
                default:
                    throw new InvalidDataException($"{table}.{column.Name} is of type {column.DataType}, which the copy does not know");
            }
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new InvalidDataException($"{table}.{column.Name}: '{Shown(value)}' is not a {column.DataType} value", e);
        }
    }

    /// <summary>The start of a value that did not read: enough to find the row, not a whole letter.</summary>
    private static string Shown(object value)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return text.Length <= 40 ? text : text[..40] + "...";
    }

    /// <summary>Each identity's next value past the highest id copied (the copy wrote the ids itself).</summary>
    private static void SetIdentities(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, List<Column> columns)
    {
        foreach (var column in columns.Where(c => c.IsIdentity))
        {
            connection.Execute(
                $"SELECT setval(pg_get_serial_sequence(@table, @column), COALESCE(MAX({Quoted(column.Name)}), 0) + 1, false) FROM {Quoted(table)}",
                new { table = Quoted(table), column = column.Name }, transaction);
        }
    }

    /// <summary>The search index and snippets of every story, from its document, as the import writes them.</summary>
    private static void RebuildSearch(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var index = new PostgresStorySearchIndex();
        long after = 0;
        while (true)
        {
            var batch = connection.Query<(long Id, string Document)>(
                "SELECT id, document FROM stories WHERE id > @after ORDER BY id LIMIT @limit",
                new { after, limit = StoriesPerBatch }, transaction).ToList();
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var (id, document) in batch)
            {
                var brief = BriefJson.Deserialize(document) ?? throw new InvalidDataException($"story {id} has no document");
                index.Replace(connection, transaction, id, brief);
            }

            after = batch[^1].Id;
        }
    }

    private static long Count(DbConnection connection, DbTransaction transaction, string table) =>
        connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {Quoted(table)}", transaction: transaction);

    // Names come from the server's own catalogue; quoting keeps them names whatever they are.
    private static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

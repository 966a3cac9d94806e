using System.Diagnostics;
using System.Globalization;
using CivicAction.Web.Platform.CommandLine;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Postgres;
using CivicAction.Web.Sqlite;
using Microsoft.Data.Sqlite;

namespace CivicAction.Web;

/// <summary>
/// <c>copy-database [FILE] [--to CONNECTION]</c>: moves a whole SQLite database (FILE, else the <c>Database:Path</c>
/// setting, which <c>--db</c> sets) into an empty PostgreSQL one (<c>--to</c>, else the <c>Database:ConnectionString</c>
/// setting, where a password is better kept than on a command line), for an operator moving from one machine to
/// several instances. Both are migrated first; the copy is one transaction on the PostgreSQL side, read from one
/// snapshot of the file, so a failure leaves the PostgreSQL database empty and the file as it was. It lives here, above
/// both provider folders, because it is the one verb that names both.
/// </summary>
public sealed class CopyDatabaseCommand(TextWriter output, TextWriter errors)
{
    private const string Verb = "copy-database";

    public int Run(IReadOnlyList<string> args, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!TryParse(args, out var file, out var to))
        {
            return ExitCodes.Usage;
        }

        var options = configuration.GetSection(DatabaseOptions.Section);
        file ??= options[nameof(DatabaseOptions.Path)];
        to ??= options[nameof(DatabaseOptions.ConnectionString)];
        if (string.IsNullOrWhiteSpace(file) || !File.Exists(file))
        {
            errors.WriteLine($"{Verb}: no SQLite file at '{file}': give the file to copy, e.g. {Verb} App_Data/civicaction.db");
            return ExitCodes.Usage;
        }

        if (string.IsNullOrWhiteSpace(to))
        {
            errors.WriteLine($"{Verb}: no PostgreSQL database to copy into: set Database:ConnectionString (or the environment's "
                + "Database__ConnectionString), or give --to \"Host=...;Database=...;Username=...\"");
            return ExitCodes.Usage;
        }

        PostgresDatabase target;
        try
        {
            target = new PostgresDatabase(to);
        }
        catch (ArgumentException e)
        {
            errors.WriteLine($"{Verb}: the PostgreSQL connection string does not read: {e.Message}");
            return ExitCodes.Usage;
        }

        using (target)
        {
            return Copy(new SqliteDatabase(file), target);
        }
    }

    private int Copy(SqliteDatabase source, PostgresDatabase target)
    {
        var clock = Stopwatch.StartNew();
        DatabaseCopyResult result;
        try
        {
            DapperSetup.Configure();
            new Migrator(source).Migrate();
            new Migrator(target).Migrate();
            // A deferred transaction reads one snapshot of the file (WAL) without keeping the app from writing.
            using var connection = (SqliteConnection)source.Open();
            using var snapshot = connection.BeginTransaction(deferred: true);
            result = new PostgresDatabaseCopy(target).CopyFrom(connection, snapshot);
        }
        catch (Exception e) when (e is InvalidDataException or Npgsql.NpgsqlException or SqliteException or InvalidOperationException)
        {
            errors.WriteLine($"{Verb}: {e.Message}");
            errors.WriteLine($"{Verb}: nothing was copied: the PostgreSQL database is as it was, and so is {source.Location}");
            return ExitCodes.SomeRejected;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }

        if (result.Refusal is { } refusal)
        {
            errors.WriteLine($"{Verb}: {refusal}");
            return ExitCodes.SomeRejected;
        }

        var width = result.Tables.Max(t => t.Table.Length);
        foreach (var table in result.Tables)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{table.Table.PadRight(width)}  {table.TargetRows,9}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"copied {result.Tables.Sum(t => t.TargetRows)} rows in {result.Tables.Count} tables from {source.Location} to {target.Location}, "
            + $"every count checked, in {clock.Elapsed.TotalSeconds:0.00} s; the search index was rebuilt"));
        return ExitCodes.Ok;
    }

    private bool TryParse(IReadOnlyList<string> args, out string? file, out string? to)
    {
        file = null;
        to = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--to" && i + 1 < args.Count)
            {
                to = args[++i];
            }
            else if (args[i].StartsWith("--to=", StringComparison.Ordinal))
            {
                to = args[i]["--to=".Length..];
            }
            else if (!args[i].StartsWith('-') && file is null)
            {
                file = args[i];
            }
            else
            {
                errors.WriteLine($"{Verb}: unexpected '{args[i]}'; usage: {Verb} [FILE] [--to CONNECTION]");
                return false;
            }
        }

        return true;
    }
}

using CivicAction.Web.Platform.Options;
using System.ComponentModel.DataAnnotations;

namespace CivicAction.Web.Platform.Database;

/// <summary>Which database the app keeps its data in.</summary>
public enum DatabaseProvider
{
    /// <summary>One file on this machine (the default): one process, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, which several instances of the app can share.</summary>
    PostgreSQL,
}

/// <summary>
/// Where the data lives. Bound to the <c>Database</c> section; <c>--db FILE</c> chooses a SQLite file (and SQLite),
/// whatever the settings say.
/// </summary>
public sealed class DatabaseOptions : IOptionsSection, IValidatableObject
{
    public static string Section => "Database";

    /// <summary><c>Sqlite</c> (the default) or <c>PostgreSQL</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Path of the SQLite file, relative to the working directory unless absolute.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Database:Path must name the SQLite file")]
    public string Path { get; set; } = "App_Data/civicaction.db";

    /// <summary>
    /// The PostgreSQL server and database, as Npgsql reads it:
    /// <c>Host=db.internal;Port=5432;Database=civicaction;Username=civic;Password=...</c>. Only for PostgreSQL.
    /// </summary>
    public string ConnectionString { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == DatabaseProvider.PostgreSQL && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Database:ConnectionString must name the PostgreSQL server when Database:Provider is PostgreSQL, "
                + "e.g. Host=127.0.0.1;Port=5432;Database=civicaction;Username=civic;Password=...",
                [nameof(ConnectionString)]);
        }
    }
}

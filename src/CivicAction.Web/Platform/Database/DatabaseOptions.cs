using CivicAction.Web.Platform.Options;
using System.ComponentModel.DataAnnotations;

namespace CivicAction.Web.Platform.Database;

/// <summary>Where the SQLite file lives. Bound to the <c>Database</c> section; <c>--db FILE</c> overrides it.</summary>
public sealed class DatabaseOptions : IOptionsSection
{
    public static string Section => "Database";

    /// <summary>Path of the database file, relative to the working directory unless absolute.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Database:Path must name the SQLite file")]
    public string Path { get; set; } = "App_Data/civicaction.db";
}

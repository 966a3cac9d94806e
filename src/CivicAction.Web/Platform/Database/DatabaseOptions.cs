namespace CivicAction.Web.Platform.Database;

/// <summary>Where the SQLite file lives. Bound to the <c>Database</c> section; <c>--db FILE</c> overrides it.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Path of the database file, relative to the working directory unless absolute.</summary>
    public string Path { get; set; } = "App_Data/civicaction.db";
}

namespace CivicAction.Web.Platform.Database;

/// <summary>
/// How every enum is stored: as its member name in lower case (<c>OutboxState.Held</c> is <c>held</c>,
/// <c>FoiaOutcome.PartlyDenied</c> is <c>partlydenied</c>). Dapper reads such text back into the enum by name,
/// ignoring case, but writes an enum as its number (and ignores type handlers for enums), so every enum goes to
/// SQL as <see cref="Text{T}(T)"/>: in parameters, never as a literal in the SQL itself.
/// </summary>
public static class DbEnum
{
    public static string Text<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static string? Text<T>(T? value) where T : struct, Enum => value is { } v ? Text(v) : null;
}

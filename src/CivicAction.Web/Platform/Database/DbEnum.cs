using System.Collections.Concurrent;

namespace CivicAction.Web.Platform.Database;

/// <summary>
/// How every enum is stored: as its member name in lower case (<c>OutboxState.Held</c> is <c>held</c>,
/// <c>FoiaOutcome.PartlyDenied</c> is <c>partlydenied</c>). Dapper reads such text back into the enum by name,
/// ignoring case, but writes an enum as its number (and ignores type handlers for enums), so every enum goes to
/// SQL as <see cref="Text{T}(T)"/>: in parameters, never as a literal in the SQL itself.
/// </summary>
public static class DbEnum
{
    private static readonly ConcurrentDictionary<(Type, int), string> Texts = new();

    public static string Text<T>(T value) where T : struct, Enum =>
        Texts.GetOrAdd((typeof(T), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)),
            _ => value.ToString().ToLowerInvariant());

    public static string? Text<T>(T? value) where T : struct, Enum => value is { } v ? Text(v) : null;

    /// <summary>The value stored as <paramref name="text"/>, as Dapper would read it; for rows read by hand.</summary>
    public static T Parse<T>(string text) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw new InvalidDataException($"'{text}' is not a stored {typeof(T).Name}");
}

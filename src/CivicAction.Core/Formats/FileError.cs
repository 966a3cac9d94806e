namespace CivicAction.Core.Formats;

/// <summary>
/// Why a file was rejected (or a note about it), printed as <c>FILE:LINE: what was expected</c>. One type for
/// every importer: briefs, the agency directory and the reference data of Congress.
/// </summary>
/// <param name="Source">The file, as its importer names it (a brief's file name, a reference file's path).</param>
/// <param name="Line">The line the problem is on, 1-based; null when it is about the whole file.</param>
/// <param name="Message">What was expected, written for the person who fixes the file.</param>
public sealed record FileError(string Source, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{Source}:{line}: {Message}" : $"{Source}: {Message}";
}

/// <summary>
/// Thrown inside the readers of a file format only, where unwinding is the simplest way out of a deep parse; each
/// importer catches it at the file's boundary and reports its <see cref="Error"/>, so it never escapes an import.
/// </summary>
public sealed class FileRejectedException(string source, int? line, string message) : Exception(message)
{
    public FileError Error { get; } = new(source, line, message);
}

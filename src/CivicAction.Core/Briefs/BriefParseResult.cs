using CivicAction.Core.Formats;

namespace CivicAction.Core.Briefs;

/// <summary>
/// Thrown inside the parser only, at the line that breaks the format; <see cref="BriefParser"/> catches it and
/// reports a <see cref="FileError"/> with the file's name, so it never leaves the parser.
/// </summary>
internal sealed class BriefFormatException(int? line, string message) : Exception(message)
{
    public int? Line { get; } = line;
}

/// <summary>Either a brief or the reason the whole file was rejected.</summary>
public sealed record BriefParseResult(Brief? Brief, FileError? Error)
{
    public bool IsSuccess => Brief is not null;
}

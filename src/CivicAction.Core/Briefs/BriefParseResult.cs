namespace CivicAction.Core.Briefs;

/// <summary>Why a file is not a brief, printed as <c>FILE:LINE: message</c>.</summary>
public sealed record BriefError(string Source, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{Source}:{line}: {Message}" : $"{Source}: {Message}";
}

/// <summary>Thrown inside the parser only; <see cref="BriefParser"/> turns it into a <see cref="BriefError"/>.</summary>
internal sealed class BriefFormatException(int? line, string message) : Exception(message)
{
    public int? Line { get; } = line;
}

/// <summary>Either a brief or the reason the whole file was rejected.</summary>
public sealed record BriefParseResult(Brief? Brief, BriefError? Error)
{
    public bool IsSuccess => Brief is not null;
}

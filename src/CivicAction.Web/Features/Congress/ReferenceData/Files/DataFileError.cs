namespace CivicAction.Web.Features.Congress.ReferenceData.Files;

/// <summary>Why a reference-data file was rejected, printed as <c>FILE:LINE: what was expected</c>.</summary>
public sealed record DataFileError(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Thrown inside the readers only; the importers turn it into a <see cref="DataFileError"/>.</summary>
internal sealed class DataFileException(string file, int? line, string message) : Exception(message)
{
    public DataFileError Error { get; } = new(file, line, message);
}

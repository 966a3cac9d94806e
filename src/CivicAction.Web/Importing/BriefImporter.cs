using CivicAction.Core.Briefs;
using CivicAction.Web.Stories;
using Microsoft.Data.Sqlite;

namespace CivicAction.Web.Importing;

/// <summary>What happened to one file of an import run.</summary>
public sealed record ImportedFile(string Path, Brief? Brief, BriefError? Error, StoreOutcome? Outcome);

/// <summary>
/// Reads brief files, parses them and (unless it is a dry run) stores each one in its own
/// transaction. A rejected file stores nothing and does not stop the others.
/// </summary>
public sealed class BriefImporter(StoryWriter? writer)
{
    /// <summary>A dry run: parse only.</summary>
    public static BriefImporter DryRun { get; } = new(null);

    public ImportedFile ImportFile(string path)
    {
        var source = System.IO.Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            return new ImportedFile(path, null, new BriefError(source, null, $"could not be read: {e.Message}"), null);
        }
        catch (UnauthorizedAccessException e)
        {
            return new ImportedFile(path, null, new BriefError(source, null, $"could not be read: {e.Message}"), null);
        }

        var result = BriefParser.Parse(source, bytes);
        if (result.Brief is not { } brief)
        {
            return new ImportedFile(path, null, result.Error, null);
        }

        if (writer is null)
        {
            return new ImportedFile(path, brief, null, null);
        }

        try
        {
            var (outcome, slug) = writer.Store(brief, StoryWriter.ContentHash(bytes));
            return new ImportedFile(path, brief with { Slug = slug }, null, outcome);
        }
        catch (SqliteException e)
        {
            // The file's transaction was rolled back; report it like any rejected file and go on.
            return new ImportedFile(path, null, new BriefError(source, null, $"could not be stored: {e.Message}"), null);
        }
    }

    public IReadOnlyList<ImportedFile> ImportAll(IReadOnlyList<string> files, IProgress<int>? progress = null)
    {
        var results = new List<ImportedFile>(files.Count);
        foreach (var file in files)
        {
            results.Add(ImportFile(file));
            progress?.Report(results.Count);
        }

        return results;
    }
}

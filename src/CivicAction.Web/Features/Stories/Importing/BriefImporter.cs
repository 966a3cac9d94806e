using CivicAction.Core.Briefs;
using System.Data.Common;
using CivicAction.Core.Formats;

namespace CivicAction.Web.Features.Stories.Importing;

/// <summary>
/// What happened to one file of an import run. <see cref="Slug"/> is the story's address: where it is stored, or
/// (in a dry run) the one an import would give it.
/// </summary>
public sealed record ImportedFile(string Path, Brief? Brief, string? Slug, FileError? Error, StoreOutcome? Outcome);

/// <summary>
/// Reads brief files, parses them and (unless it is a dry run) stores each one atomically
/// (see <see cref="StoryWriteBatch"/>). A rejected file stores nothing and does not stop the others.
/// </summary>
public sealed class BriefImporter(StoryWriter? writer)
{
    /// <summary>A dry run: parse only.</summary>
    public static BriefImporter DryRun { get; } = new(null);

    public ImportedFile ImportFile(string path) => ImportAll([path])[0];

    /// <summary>
    /// One file, whatever it holds: every failure, expected (not a brief, not readable) or not (a bug meeting an input
    /// no one foresaw), is that file's rejection, and the run goes on with the others.
    /// </summary>
    private static ImportedFile ImportFile(string path, StoryWriteBatch? batch)
    {
        try
        {
            return ReadParseAndStore(path, batch);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The batch rolled the file's rows back (StoryWriteBatch); the type only, since the text may quote the file.
            return new ImportedFile(path, null, null,
                new FileError(System.IO.Path.GetFileName(path), null, $"could not be imported ({e.GetType().Name}); nothing of it was stored"), null);
        }
    }

    private static ImportedFile ReadParseAndStore(string path, StoryWriteBatch? batch)
    {
        var source = System.IO.Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            return new ImportedFile(path, null, null, new FileError(source, null, $"could not be read: {e.Message}"), null);
        }
        catch (UnauthorizedAccessException e)
        {
            return new ImportedFile(path, null, null, new FileError(source, null, $"could not be read: {e.Message}"), null);
        }

        var result = BriefParser.Parse(source, bytes);
        if (result.Brief is not { } brief)
        {
            return new ImportedFile(path, null, null, result.Error, null);
        }

        if (batch is null)
        {
            return new ImportedFile(path, brief, Slug.FromHeadline(brief.Headline), null, null);
        }

        try
        {
            var (outcome, slug) = batch.Store(brief, StoryWriter.ContentHash(bytes));
            return new ImportedFile(path, brief, slug, null, outcome);
        }
        catch (DbException e)
        {
            // The file's rows were rolled back; report it like any rejected file and go on.
            return new ImportedFile(path, null, null, new FileError(source, null, $"could not be stored: {e.Message}"), null);
        }
    }

    public IReadOnlyList<ImportedFile> ImportAll(IReadOnlyList<string> files, IProgress<int>? progress = null)
    {
        var results = new List<ImportedFile>(files.Count);
        using var batch = writer?.BeginBatch();
        foreach (var file in files)
        {
            results.Add(ImportFile(file, batch));
            progress?.Report(results.Count);
        }

        batch?.Commit();
        return results;
    }
}

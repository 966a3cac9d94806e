using CivicAction.Core.Briefs;
using CivicAction.Web.Platform.CommandLine;

namespace CivicAction.Web.Features.Stories.Importing;

/// <summary><c>import PATH... [--dry-run] [--json]</c>: briefs into the store, or parsed only.</summary>
public sealed class ImportCommand(TextWriter output, TextWriter errors, bool interactive)
{
    public int Run(IReadOnlyList<string> args, Func<BriefImporter> storingImporter)
    {
        var dryRun = args.Contains("--dry-run");
        var json = args.Contains("--json");
        var unknown = args.FirstOrDefault(a => a.StartsWith('-') && a is not ("--dry-run" or "--json"));
        var paths = args.Where(a => !a.StartsWith('-')).ToList();
        if (unknown is not null || paths.Count == 0)
        {
            errors.WriteLine(unknown is not null ? $"import: unknown option '{unknown}'" : "import: expected at least one file or folder of *.txt briefs");
            errors.WriteLine(Invocation.UsageText);
            return ExitCodes.Usage;
        }

        var files = BriefFiles.Expand(paths, out var missing);
        if (missing.Count > 0)
        {
            foreach (var path in missing)
            {
                errors.WriteLine($"import: no such file or folder: {path}");
            }

            return ExitCodes.Usage;
        }

        var importer = dryRun ? BriefImporter.DryRun : storingImporter();
        using var progress = interactive && !json && files.Count > 20 ? new TerminalProgress(errors, files.Count) : null;
        var results = importer.ImportAll(files, progress);
        progress?.Dispose();

        foreach (var failed in results.Where(r => r.Error is not null))
        {
            var error = failed.Error!;
            errors.WriteLine(error with { Source = failed.Path });
        }

        if (json)
        {
            output.WriteLine(BriefJson.Serialize(
                results.Where(r => r.Brief is not null).Select(r => new AddressedBrief(r.Brief!, r.Slug!)).ToList(),
                results.Where(r => r.Error is not null).Select(r => r.Error!).ToList()));
        }
        else
        {
            WriteSummary(results, dryRun);
        }

        return results.Any(r => r.Error is not null) ? ExitCodes.SomeRejected : ExitCodes.Ok;
    }

    private void WriteSummary(IReadOnlyList<ImportedFile> results, bool dryRun)
    {
        foreach (var result in results.Where(r => r.Brief is not null))
        {
            var what = dryRun ? "parsed" : result.Outcome.ToString()!.ToLowerInvariant();
            output.WriteLine($"{what,-9} {result.Path} -> /stories/{result.Slug} ({result.Brief!.Actions.Count} actions)");
        }

        var rejected = results.Count(r => r.Error is not null);
        if (dryRun)
        {
            output.WriteLine($"{results.Count} files: {results.Count - rejected} parsed, {rejected} rejected (dry run: nothing stored)");
            return;
        }

        int Count(StoreOutcome o) => results.Count(r => r.Outcome == o);
        output.WriteLine($"{results.Count} files: {Count(StoreOutcome.Added)} added, {Count(StoreOutcome.Updated)} updated, " +
            $"{Count(StoreOutcome.Unchanged)} unchanged, {rejected} rejected");
    }
}

using System.Diagnostics;
using System.Globalization;
using CivicAction.Web.Features.Congress.ReferenceData.Files;
using CivicAction.Web.Platform.CommandLine;

namespace CivicAction.Web.Features.Congress.ReferenceData;

/// <summary>
/// <c>import-legislators PATH [--as-of DATE]</c>, <c>import-zip-districts PATH [--as-of DATE]</c> and
/// <c>import-contact-forms PATH [--as-of DATE]</c>:
/// replace a reference dataset whole. A rejected file is reported as <c>FILE:LINE: ...</c>, exits 1,
/// and leaves the stored data unchanged.
/// </summary>
public sealed class ReferenceImportCommand(TextWriter output, TextWriter errors)
{
    public int RunLegislators(IReadOnlyList<string> args, Func<CongressImporter> importer) =>
        Run("import-legislators", args, path => LegislatorFiles.Find(path, out var error) is { } files
            ? (asOf => importer().ImportLegislators(files, asOf), null)
            : (null, error));

    public int RunZipDistricts(IReadOnlyList<string> args, Func<CongressImporter> importer) =>
        Run("import-zip-districts", args, path => ZipDistrictsReader.Find(path, out var error) is { } file
            ? (asOf => importer().ImportZipDistricts(file, asOf), null)
            : (null, error));

    public int RunContactForms(IReadOnlyList<string> args, Func<CongressImporter> importer) =>
        Run("import-contact-forms", args, path => ContactFormFiles.Find(path, out var error) is { } files
            ? (asOf => importer().ImportContactForms(files, asOf), null)
            : (null, error));

    /// <summary>Every verb: read the arguments, find the files PATH stands for, import them and report.</summary>
    private int Run(string verb, IReadOnlyList<string> args, Func<string, (Func<DateOnly?, ReferenceImportResult>? Import, string? Error)> find)
    {
        if (!TryParse(verb, args, out var path, out var asOf))
        {
            return ExitCodes.Usage;
        }

        var (import, error) = find(path);
        if (import is null)
        {
            errors.WriteLine($"{verb}: {error}");
            return ExitCodes.Usage;
        }

        return Report(() => import(asOf));
    }

    private int Report(Func<ReferenceImportResult> import)
    {
        var clock = Stopwatch.StartNew();
        var result = import();
        clock.Stop();
        foreach (var note in result.Notes)
        {
            errors.WriteLine(note);
        }

        if (result.Stored is not { } stored)
        {
            errors.WriteLine(result.Error);
            errors.WriteLine("rejected: nothing was changed, the stored data is as it was");
            return ExitCodes.SomeRejected;
        }

        var basis = stored.AsOfBasis == AsOfBasis.Given ? "" : " (the file's date; --as-of DATE gives the data's own)";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Name(stored.Dataset)}: {stored.Detail} from {stored.Source}, as of {stored.AsOf:yyyy-MM-dd}{basis}, in {clock.Elapsed.TotalSeconds:0.00} s"));
        return ExitCodes.Ok;
    }

    /// <summary>The dataset as the operator knows it from the verbs: "legislators", "zip-districts", "contact-forms".</summary>
    private static string Name(Dataset dataset) => dataset switch
    {
        Dataset.ZipDistricts => "zip-districts",
        Dataset.ContactForms => "contact-forms",
        _ => "legislators",
    };

    private bool TryParse(string verb, IReadOnlyList<string> args, out string path, out DateOnly? asOf)
    {
        path = "";
        asOf = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? date = null;
            if (arg == "--as-of")
            {
                date = i + 1 < args.Count ? args[++i] : "";
            }
            else if (arg.StartsWith("--as-of=", StringComparison.Ordinal))
            {
                date = arg["--as-of=".Length..];
            }
            else if (arg.StartsWith('-'))
            {
                return Usage($"{verb}: unknown option '{arg}'");
            }
            else
            {
                paths.Add(arg);
                continue;
            }

            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return Usage($"{verb}: --as-of needs the date the data describes, e.g. --as-of 2026-06-15");
            }

            asOf = parsed;
        }

        if (paths.Count != 1)
        {
            return Usage(paths.Count == 0 ? $"{verb}: expected a file or folder to import" : $"{verb}: expected one file or folder, found {paths.Count}");
        }

        path = paths[0];
        return true;
    }

    private bool Usage(string message)
    {
        errors.WriteLine(message);
        errors.WriteLine(Invocation.UsageText);
        return false;
    }
}

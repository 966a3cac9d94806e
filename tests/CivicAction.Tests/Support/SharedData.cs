namespace CivicAction.Tests.Support;

/// <summary>
/// The real reference data (congress-legislators, ZIP-to-district), never committed into the
/// repository: read from <c>shared/data</c> beside it, or from the folder named by the
/// <c>CIVICACTION_REFERENCE_DATA</c> environment variable.
/// </summary>
public static class SharedData
{
    /// <summary>The upstream commit dates of the snapshot (shared/data/README.md).</summary>
    public static readonly DateOnly LegislatorsAsOf = new(2026, 6, 15);

    public static readonly DateOnly ZipDistrictsAsOf = new(2024, 11, 12);

    public static string Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("CIVICACTION_REFERENCE_DATA") is { Length: > 0 } configured
                ? Path.GetFullPath(configured)
                : Path.GetFullPath(Path.Combine(Fixtures.RepositoryRoot, "..", "shared", "data"));
            return Directory.Exists(folder)
                ? folder
                : throw new InvalidOperationException($"the reference data is missing: expected {folder} (or set CIVICACTION_REFERENCE_DATA)");
        }
    }

    public static string LegislatorsFolder => Path.Combine(Folder, "congress-legislators");

    public static string ZipDistrictsFolder => Path.Combine(Folder, "zip-districts");

    public static string Legislators(string name) => Path.Combine(LegislatorsFolder, name);

    /// <summary>The contact-congress folder: <c>members/BIOGUIDE.yaml</c> and <c>members-last-changed.csv</c>.</summary>
    public static string ContactCongressFolder => Path.Combine(Folder, "contact-congress");

    public static readonly DateOnly ContactFormsAsOf = new(2026, 8, 13);

    public static string ZipDistrictsCsv => Path.Combine(ZipDistrictsFolder, "zccd.csv");
}

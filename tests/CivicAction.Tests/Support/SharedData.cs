namespace CivicAction.Tests.Support;

/// <summary>
/// The real reference data in <c>shared/data</c>, next to the repository (never committed into it):
/// /work/main and /work/shared on a developer machine, the clone and its shared/ copy in CI.
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
            var folder = Path.GetFullPath(Path.Combine(Fixtures.RepositoryRoot, "..", "shared", "data"));
            return Directory.Exists(folder)
                ? folder
                : throw new InvalidOperationException($"the shared reference data is missing: expected {folder} (see shared/data/README.md)");
        }
    }

    public static string LegislatorsFolder => Path.Combine(Folder, "congress-legislators");

    public static string ZipDistrictsFolder => Path.Combine(Folder, "zip-districts");

    public static string Legislators(string name) => Path.Combine(LegislatorsFolder, name);

    public static string ZipDistrictsCsv => Path.Combine(ZipDistrictsFolder, "zccd.csv");
}

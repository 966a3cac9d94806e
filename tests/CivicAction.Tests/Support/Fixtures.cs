namespace CivicAction.Tests.Support;

/// <summary>Paths to the repository's seeds and the test fixtures copied next to the test assembly.</summary>
public static class Fixtures
{
    public static string BriefsFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "briefs");

    public static string HostileFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "hostile");

    public static string CongressFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "congress");

    public static string Brief(string name) => Path.Combine(BriefsFolder, name);

    public static string SeedsFolder => Path.Combine(RepositoryRoot, "seeds");

    public static string SeedBrief => Path.Combine(SeedsFolder, "000_e854b459b944895b.txt");

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CivicAction.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("CivicAction.sln not found above the test assembly");
        }
    }
}

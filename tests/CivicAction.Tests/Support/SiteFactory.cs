using System.Globalization;

namespace CivicAction.Tests.Support;

/// <summary>
/// The app seeded with a realistic site: the real seed, the synthetic variants, a hostile brief
/// full of HTML and script, and enough generated stories to need a second page.
/// </summary>
public class SiteFactory : AppFactory
{
    public const int GeneratedStories = 22;

    /// <summary>The stories from files: the seed, the variants in Fixtures/briefs and the hostile brief.</summary>
    public const int FileStories = 7;

    public SiteFactory() : this(onPostgres: false)
    {
    }

    protected SiteFactory(bool onPostgres) : base(PrepareSeeds(), onPostgres)
    {
    }

    private static string PrepareSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("civicaction-site-seeds-").FullName;
        File.Copy(Fixtures.SeedBrief, Path.Combine(folder, Path.GetFileName(Fixtures.SeedBrief)));
        foreach (var file in Directory.EnumerateFiles(Fixtures.BriefsFolder, "*.txt").Concat(Directory.EnumerateFiles(Fixtures.HostileFolder, "*.txt")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        for (var n = 1; n <= GeneratedStories; n++)
        {
            var date = new DateOnly(2024, 1, 1).AddDays(n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(folder, $"gen_{n:D2}.txt"),
                $"{date}\n\nGenerated story number {n} about library hours\n\nA dek for story {n}\n\nThe library board met. It voted on hours.\n\n📚Libraries\n");
        }

        return folder;
    }
}

/// <summary>The same site on its own database on the tests' PostgreSQL server.</summary>
public sealed class PostgresSiteFactory() : SiteFactory(onPostgres: true);

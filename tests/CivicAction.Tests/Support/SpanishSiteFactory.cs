using System.Globalization;

namespace CivicAction.Tests.Support;

/// <summary>
/// The app seeded only with briefs written in Spanish (Fixtures/spanish, and enough generated ones to need a second
/// page), so that any English on its Spanish pages can only have come from the site's own texts; with the real reference
/// data for Congress, so the lookup and letter pages show members, seats and notes.
/// </summary>
public sealed class SpanishSiteFactory : AppFactory
{
    public const string StorySlug = "la-junta-del-condado-propone-recortar-el-horario-de-las";

    /// <summary>The story whose actions are a public comment, two meetings (one the brief dates, one it does not) and a letter to a state legislator.</summary>
    public const string RiverSlug = "el-distrito-del-rio-quiere-quitar-los-limites-a-la";

    public SpanishSiteFactory() : base(PrepareSeeds())
    {
        CongressSite.Import(DatabasePath);
    }

    private static string PrepareSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("civicaction-spanish-seeds-").FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "spanish"), "*.txt"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        for (var n = 1; n <= 21; n++)
        {
            var date = new DateOnly(2025, 1, 1).AddDays(n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(folder, $"gen_{n:D2}.txt"),
                $"{date}\n\nNoticia número {n} sobre el horario de la biblioteca\n\nUn resumen de la noticia {n}\n\nLa junta se reunió. Votó sobre el horario.\n\n📚Bibliotecas\n");
        }

        return folder;
    }
}

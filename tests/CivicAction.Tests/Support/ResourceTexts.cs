using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CivicAction.Tests.Support;

/// <summary>The site's texts as the .resx files in the repository hold them: each set's English and Spanish values by key.</summary>
public static partial class ResourceTexts
{
    public sealed record Set(string Name, IReadOnlyDictionary<string, string> English, IReadOnlyDictionary<string, string> Spanish);

    /// <summary>Every resource set of the app (a <c>Name.resx</c> with its <c>Name.es.resx</c>), wherever it lives.</summary>
    public static IReadOnlyList<Set> All() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(Fixtures.RepositoryRoot, "src", "CivicAction.Web"), "*.resx", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileNameWithoutExtension(path).Split('.').Length == 1)
            .Order(StringComparer.Ordinal)
            .Select(path => new Set(
                Path.GetFileNameWithoutExtension(path),
                Read(path),
                File.Exists(Path.ChangeExtension(path, ".es.resx")) ? Read(Path.ChangeExtension(path, ".es.resx")) : new Dictionary<string, string>())),
    ];

    /// <summary>The literal words of a text around its format items: "{0:N0} stories match “{1}”." gives "stories match".</summary>
    public static IEnumerable<string> Fragments(string text) =>
        FormatItem().Split(text).Select(f => f.Trim(' ', '.', ',', ':', ';', '“', '”', '"', '(', ')', '←', '→')).Where(f => f.Length > 0);

    /// <summary>The numbers of the format items of a text ({0}, {1:N0}), in order.</summary>
    public static IReadOnlyList<string> FormatItems(string text) =>
        [.. FormatItem().Matches(text).Select(m => m.Groups["n"].Value).Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    [GeneratedRegex(@"\{(?<n>\d+)(:[^}]*)?\}")]
    private static partial Regex FormatItem();
}

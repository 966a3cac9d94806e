using System.Text.RegularExpressions;
using CivicAction.Tests.Support;

namespace CivicAction.Tests.Architecture;

/// <summary>
/// What a file may touch, read from the tree: each folder's namespaces may use only the namespaces its row allows.
/// Namespaces follow folders (IDE0130 in the build), so the using directives and qualified names of a file say
/// which folders it reaches into. docs/architecture.md describes the same rules.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private const string Web = "CivicAction.Web";

    /// <summary>Folder (as a namespace) → the app namespaces it may use besides its own and those below it.</summary>
    private static readonly (string Folder, string[] MayUse)[] Rules =
    [
        ($"{Web}.Platform", []),
        ($"{Web}.Features.Shared", [$"{Web}.Platform"]),
        ($"{Web}.Features.SendForMe", [$"{Web}.Platform"]),
        ($"{Web}.Features.Stories", [$"{Web}.Platform", $"{Web}.Features.Shared"]),
        ($"{Web}.Features.Foia", [$"{Web}.Platform", $"{Web}.Features.Shared", $"{Web}.Features.Stories", $"{Web}.Features.SendForMe"]),
        ($"{Web}.Features.Congress.ReferenceData", [$"{Web}.Platform"]),
        ($"{Web}.Features.Congress.Lookup", [$"{Web}.Platform", $"{Web}.Features.Shared", $"{Web}.Features.Congress.ReferenceData"]),
        ($"{Web}.Features.Congress.Letters", [$"{Web}.Platform", $"{Web}.Features.Shared", $"{Web}.Features.Stories", $"{Web}.Features.SendForMe",
            $"{Web}.Features.Congress.Lookup", $"{Web}.Features.Congress.ReferenceData"]),
        ($"{Web}.Features.Calls", [$"{Web}.Platform", $"{Web}.Features.Shared", $"{Web}.Features.Stories", $"{Web}.Features.Congress.Lookup", $"{Web}.Features.Congress.ReferenceData"]),
        ($"{Web}.Features.OfficialLetters", [$"{Web}.Platform", $"{Web}.Features.Shared", $"{Web}.Features.Stories"]),
        // The feature's own registration and view imports, over its three parts.
        ($"{Web}.Features.Congress", [$"{Web}.Platform", $"{Web}.Features.Shared", $"{Web}.Features.Stories", $"{Web}.Features.SendForMe"]),
        // The pages' root: the view imports and the layout's start, shared by every feature.
        ($"{Web}.Features", [$"{Web}.Platform", $"{Web}.Features.Shared", $"{Web}.Features.Stories"]),
        ($"{Web}.Sqlite", [$"{Web}.Platform", $"{Web}.Features"]),
        ($"{Web}.Postgres", [$"{Web}.Platform", $"{Web}.Features"]),
    ];

    public static TheoryData<string> Folders() => [.. Rules.Select(r => r.Folder)];

    [Theory]
    [MemberData(nameof(Folders))]
    public void EachFolder_UsesOnlyWhatItsRuleAllows(string folder)
    {
        var allowed = Rules.First(r => r.Folder == folder).MayUse;
        var breaches = SourceFiles(Path.Combine("src", "CivicAction.Web"))
            .Where(f => RuleFor(f.Namespace)?.Folder == folder)
            .SelectMany(f => f.Uses.Where(used => used.StartsWith(Web + ".", StringComparison.Ordinal)
                    && !IsWithin(used, folder) && !allowed.Any(a => IsWithin(used, a)))
                .Select(used => $"{f.Path} uses {used}"))
            .ToList();

        Assert.True(breaches.Count == 0, string.Join(Environment.NewLine, breaches));
    }

    [Fact]
    public void OnlyTheSqliteFolder_KnowsItIsSqlite()
    {
        var breaches = SourceFiles(Path.Combine("src", "CivicAction.Web"))
            .Where(f => !IsWithin(f.Namespace, $"{Web}.Sqlite") && f.Namespace != Web)
            .Where(f => f.Uses.Any(u => u.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) || IsWithin(u, $"{Web}.Sqlite")))
            .Select(f => f.Path)
            .ToList();

        Assert.True(breaches.Count == 0, string.Join(Environment.NewLine, breaches));
    }

    [Fact]
    public void OnlyThePostgresFolder_KnowsItIsPostgres()
    {
        var breaches = SourceFiles(Path.Combine("src", "CivicAction.Web"))
            .Where(f => !IsWithin(f.Namespace, $"{Web}.Postgres") && f.Namespace != Web)
            .Where(f => f.Uses.Any(u => u.StartsWith("Npgsql", StringComparison.Ordinal) || IsWithin(u, $"{Web}.Postgres")))
            .Select(f => f.Path)
            .ToList();

        Assert.True(breaches.Count == 0, string.Join(Environment.NewLine, breaches));
    }

    [Fact]
    public void TheCore_TouchesNoFileNetworkOrWebFramework()
    {
        string[] forbidden = ["File", "Directory", "FileStream", "HttpClient", "Socket", "Console", "Environment", "DateTime.Now", "DateTimeOffset.Now", "Microsoft.AspNetCore", "Dapper", "Microsoft.Data"];
        var breaches = SourceFiles(Path.Combine("src", "CivicAction.Core"))
            .SelectMany(f => forbidden.Where(word => Regex.IsMatch(f.Text, $@"(?<![\w.]){Regex.Escape(word)}\b")).Select(word => $"{f.Path} mentions {word}"))
            .ToList();

        Assert.True(breaches.Count == 0, string.Join(Environment.NewLine, breaches));
    }

    [Fact]
    public void TheRulesCoverEveryFolderOfTheWebProject()
    {
        var uncovered = SourceFiles(Path.Combine("src", "CivicAction.Web"))
            .Where(f => f.Namespace != Web && RuleFor(f.Namespace) is null)
            .Select(f => f.Path)
            .ToList();

        Assert.True(uncovered.Count == 0, string.Join(Environment.NewLine, uncovered));
    }

    private static (string Folder, string[] MayUse)? RuleFor(string ns) =>
        Rules.Where(r => IsWithin(ns, r.Folder)).OrderByDescending(r => r.Folder.Length).Cast<(string, string[])?>().FirstOrDefault();

    private static bool IsWithin(string ns, string folder) =>
        ns == folder || ns.StartsWith(folder + ".", StringComparison.Ordinal);

    private sealed record SourceFile(string Path, string Namespace, IReadOnlyList<string> Uses, string Text);

    private static IEnumerable<SourceFile> SourceFiles(string project)
    {
        // Pages (.cshtml) count as well: their folder is their namespace, as it is for the C# beside them.
        var root = Path.Combine(Fixtures.RepositoryRoot, project);
        var rootNamespace = Path.GetFileName(project);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories));
        foreach (var path in files)
        {
            var relative = Path.GetRelativePath(Fixtures.RepositoryRoot, path);
            var folder = Path.GetRelativePath(root, Path.GetDirectoryName(path)!);
            if (folder.Split(Path.DirectorySeparatorChar).Any(p => p is "obj" or "bin"))
            {
                continue;
            }

            // Comments may name anything; only code and directives count.
            var text = Comment().Replace(File.ReadAllText(path), "");
            var ns = folder == "." ? rootNamespace : rootNamespace + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
            var uses = Using().Matches(text).Select(u => u.Groups[1].Value)
                .Concat(Qualified().Matches(text).Select(q => q.Groups[1].Value))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            yield return new SourceFile(relative, ns, uses, text);
        }
    }

    [GeneratedRegex(@"//.*$|@\*.*?\*@", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^@?using (?:static )?([\w.]+);?\s*$", RegexOptions.Multiline)]
    private static partial Regex Using();

    // A fully qualified name in code, such as CivicAction.Web.Sqlite.SqliteDatabase (the rules compare prefixes, so
    // the type name at its end does no harm).
    [GeneratedRegex(@"(?<![\w.])((?:CivicAction|Microsoft\.Data|Npgsql)(?:\.[A-Z]\w*)+)")]
    private static partial Regex Qualified();
}

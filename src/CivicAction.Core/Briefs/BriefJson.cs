using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

using CivicAction.Core.Formats;

namespace CivicAction.Core.Briefs;

/// <summary>
/// The machine-readable contract of docs/brief-format.md: <c>{"stories": [...], "errors": [...]}</c>.
/// The JSON API serves stories in this same shape.
/// </summary>
public static partial class BriefJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Emoji and accented letters stay readable; this JSON is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The import report: each story with its address, then the rejected files.</summary>
    public static string Serialize(IReadOnlyList<AddressedBrief> stories, IReadOnlyList<FileError> errors)
    {
        ArgumentNullException.ThrowIfNull(stories);
        var report = new JsonObject
        {
            ["stories"] = new JsonArray([.. stories.Select(s => Node(s.Brief, s.Slug))]),
            ["errors"] = JsonSerializer.SerializeToNode(errors, Options),
        };
        return UnescapeAstralCharacters(report.ToJsonString(Options));
    }

    private static readonly JsonSerializerOptions CompactOptions = new(Options) { WriteIndented = false };

    /// <summary>For storage: compact, and emoji may stay escaped since no person reads it there.</summary>
    public static string SerializeCompact(Brief story) => JsonSerializer.Serialize(story, CompactOptions);

    /// <summary>One story in the contract's shape: the brief with its address ("slug") after its source.</summary>
    public static string Serialize(Brief story, string slug) => UnescapeAstralCharacters(Node(story, slug).ToJsonString(Options));

    /// <summary>The contract's shape of a story; the address comes from storage (or is the one an import would propose).</summary>
    public static JsonObject Node(Brief story, string slug)
    {
        var node = JsonSerializer.SerializeToNode(story, Options)!.AsObject();
        node.Insert(1, "slug", slug);
        return node;
    }

    public static string Serialize<T>(T value) => UnescapeAstralCharacters(JsonSerializer.Serialize(value, Options));

    public static Brief? Deserialize(string json) => JsonSerializer.Deserialize<Brief>(json, Options);

    /// <summary>
    /// System.Text.Json escapes every character outside the BMP, so emoji would print as
    /// surrogate pairs (\uD83D\uDEC2). Both forms are the same JSON; the raw one is readable.
    /// </summary>
    private static string UnescapeAstralCharacters(string json) =>
        SurrogatePair().Replace(json, m => m.Groups["pre"].Value + char.ConvertFromUtf32(char.ConvertToUtf32(
            (char)int.Parse(m.Groups["hi"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            (char)int.Parse(m.Groups["lo"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));

    // An escape is real only after an even number of backslashes (\\ is an escaped backslash).
    [GeneratedRegex(@"(?<pre>(?<!\\)(?:\\\\)*)\\u(?<hi>D[89AB][0-9A-F]{2})\\u(?<lo>D[C-F][0-9A-F]{2})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SurrogatePair();
}

/// <summary>A brief and its address on the site, as the JSON contract shows a story.</summary>
public sealed record AddressedBrief(Brief Brief, string Slug);

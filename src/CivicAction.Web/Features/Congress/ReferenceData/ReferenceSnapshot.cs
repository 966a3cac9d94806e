using System.Text.Json;
using CivicAction.Web.Features.Congress.ReferenceData.Files;
using CivicAction.Web.Platform.Options;

namespace CivicAction.Web.Features.Congress.ReferenceData;

/// <summary>Where the reference data shipped with the app lives. Bound to the <c>ReferenceData</c> section.</summary>
public sealed class ReferenceSnapshotOptions : IOptionsSection
{
    public static string Section => "ReferenceData";

    /// <summary>The folder beside the app's own files; whatever folder the app was started from.</summary>
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "Features", "Congress", "ReferenceData", "Snapshot");

    /// <summary>The snapshot folder (with its <c>snapshot.json</c>) imported on first run; empty to never import one.</summary>
    public string SnapshotPath { get; set; } = Shipped;
}

/// <summary>
/// The dated snapshot of public reference data shipped in the repository (<c>Snapshot/README.md</c>): the files and
/// the upstream date each describes, read from the folder's <c>snapshot.json</c>.
/// </summary>
public sealed record ReferenceSnapshot(LegislatorFiles Legislators, DateOnly LegislatorsAsOf, string ZipDistricts, DateOnly ZipDistrictsAsOf)
{
    /// <summary>The contact-congress folder and its date; null for a snapshot without one (an operator's own).</summary>
    public (ContactFormFiles Files, DateOnly AsOf)? ContactForms { get; init; }

    public const string ManifestName = "snapshot.json";

    /// <exception cref="IOException">The manifest cannot be read.</exception>
    /// <exception cref="JsonException">The manifest is not the expected JSON.</exception>
    public static ReferenceSnapshot Read(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ManifestName)));
        var legislators = manifest.RootElement.GetProperty("legislators");
        var zips = manifest.RootElement.GetProperty("zipDistricts");
        string In(JsonElement entry, string name) =>
            Path.Combine(folder, entry.GetProperty(name).GetString() ?? throw new JsonException($"{ManifestName}: {name} is empty"));
        DateOnly AsOf(JsonElement entry) =>
            DateOnly.TryParseExact(entry.GetProperty("asOf").GetString(), "yyyy-MM-dd", out var date)
                ? date
                : throw new JsonException($"{ManifestName}: asOf must be a date such as 2026-06-15");
        (ContactFormFiles, DateOnly)? forms = null;
        if (manifest.RootElement.TryGetProperty("contactForms", out var contact))
        {
            var formsFolder = In(contact, "folder");
            forms = (ContactFormFiles.Find(formsFolder, out var error) ?? throw new JsonException($"{ManifestName}: contactForms: {error}"), AsOf(contact));
        }

        return new ReferenceSnapshot(
            new LegislatorFiles(In(legislators, "members"), In(legislators, "offices")), AsOf(legislators),
            In(zips, "file"), AsOf(zips))
        {
            ContactForms = forms,
        };
    }
}

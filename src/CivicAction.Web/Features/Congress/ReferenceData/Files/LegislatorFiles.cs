
namespace CivicAction.Web.Features.Congress.ReferenceData.Files;

/// <summary>
/// The files that <c>import-legislators PATH</c> reads. PATH is a folder holding
/// <c>legislators-current.yaml</c> (or <c>.csv</c>) and optionally
/// <c>legislators-district-offices.yaml</c> (or <c>.csv</c>), or the members file itself, whose
/// folder is then searched for the offices file. YAML is preferred when both formats are
/// there: it is the upstream source (the CSV is generated from it) and only it carries the
/// term end, the senators' state rank and the DC office room.
/// </summary>
public sealed record LegislatorFiles(string Members, string? Offices)
{
    public const string MembersName = "legislators-current";
    public const string OfficesName = "legislators-district-offices";

    private static readonly string[] Extensions = [".yaml", ".yml", ".csv"];

    public static LegislatorFiles? Find(string path, out string? error)
    {
        string folder;
        string? members;
        if (Directory.Exists(path))
        {
            folder = path;
            members = Preferred(folder, MembersName);
            if (members is null)
            {
                error = $"no {MembersName}.yaml or {MembersName}.csv in {path}";
                return null;
            }
        }
        else if (File.Exists(path))
        {
            if (!Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            {
                error = $"{path}: expected a .yaml or .csv file of current legislators";
                return null;
            }

            if (Path.GetFileNameWithoutExtension(path).Equals(OfficesName, StringComparison.OrdinalIgnoreCase))
            {
                error = $"{path} lists district offices only: give the folder, or the {MembersName} file";
                return null;
            }

            members = path;
            folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        }
        else
        {
            error = $"no such file or folder: {path}";
            return null;
        }

        error = null;
        return new LegislatorFiles(members, Preferred(folder, OfficesName));
    }

    private static string? Preferred(string folder, string name) =>
        Extensions.Select(e => Path.Combine(folder, name + e)).FirstOrDefault(File.Exists);

    public static bool IsYaml(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml";
}

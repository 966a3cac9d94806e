using System.Globalization;
using System.Text;
using CivicAction.Core.Congress.ContactForms;
using CivicAction.Core.Formats;

namespace CivicAction.Web.Features.Congress.ReferenceData.Files;

/// <summary>
/// The files that <c>import-contact-forms PATH</c> reads: the unitedstates/contact-congress folder (with
/// <c>members/</c> and <c>members-last-changed.csv</c>), or its <c>members</c> folder itself, beside which the
/// dates file is looked for. Without the dates file the forms are imported undated, and the pages say so.
/// </summary>
public sealed record ContactFormFiles(string Members, string? LastChanged)
{
    public const string MembersFolder = "members";
    public const string LastChangedName = "members-last-changed.csv";

    public static ContactFormFiles? Find(string path, out string? error)
    {
        error = null;
        if (!Directory.Exists(path))
        {
            error = File.Exists(path)
                ? $"{path}: expected the contact-congress folder (with {MembersFolder}/ and {LastChangedName}) or its {MembersFolder} folder, not a file"
                : $"no such folder: {path}";
            return null;
        }

        var full = Path.GetFullPath(path);
        var members = Directory.Exists(Path.Combine(full, MembersFolder)) ? Path.Combine(full, MembersFolder) : full;
        if (!Directory.EnumerateFiles(members, "*.yaml").Any())
        {
            error = $"no BIOGUIDE.yaml files in {members}: expected the contact-congress folder or its {MembersFolder} folder";
            return null;
        }

        var dates = Path.Combine(Path.GetDirectoryName(members.TrimEnd(Path.DirectorySeparatorChar))!, LastChangedName);
        return new ContactFormFiles(members, File.Exists(dates) ? dates : null);
    }

    /// <summary>The description files, in Bioguide order.</summary>
    public IReadOnlyList<string> Descriptions() =>
        Directory.EnumerateFiles(Members, "*.yaml").Order(StringComparer.Ordinal).ToList();
}

/// <summary>Everything one <c>import-contact-forms</c> run read: the forms, the stubs without one, and the notes.</summary>
internal sealed record ContactFormData(IReadOnlyList<ContactForm> Forms, int Files, int Stubs, IReadOnlyList<FileError> Notes);

/// <summary>
/// Reads a whole contact-congress folder: every description (<see cref="ContactFormReader"/>) with its date from
/// <c>members-last-changed.csv</c> (columns <c>bioguide, last_changed</c>). The first rejected file rejects the
/// import, so the stored forms are always one snapshot's.
/// </summary>
internal static class ContactFormsReader
{
    public static ContactFormData Read(ContactFormFiles files)
    {
        var notes = new List<FileError>();
        var dates = files.LastChanged is null ? null : LastChanged(files.LastChanged);
        if (dates is null)
        {
            notes.Add(new FileError(files.Members, null, $"note: no {ContactFormFiles.LastChangedName} beside this folder: the forms are imported undated"));
        }

        var forms = new List<ContactForm>();
        var paths = files.Descriptions();
        var stubs = 0;
        foreach (var path in paths)
        {
            if (new FileInfo(path).Length > ContactFormReader.MaxBytes)
            {
                throw new FileRejectedException(path, null, $"larger than {ContactFormReader.MaxBytes / 1024} KB: expected one form's description");
            }

            var bioguide = Path.GetFileNameWithoutExtension(path);
            DateOnly? date = null;
            if (dates is not null)
            {
                if (dates.TryGetValue(bioguide, out var found))
                {
                    date = found;
                }
                else
                {
                    notes.Add(new FileError(path, null, $"note: {bioguide} is not in {ContactFormFiles.LastChangedName}: imported undated"));
                }
            }

            if (ContactFormReader.Read(path, File.ReadAllText(path, Encoding.UTF8), date, notes) is { } form)
            {
                forms.Add(form);
            }
            else
            {
                stubs++;
            }
        }

        return new ContactFormData(forms, paths.Count, stubs, notes);
    }

    private static Dictionary<string, DateOnly> LastChanged(string path)
    {
        var table = CsvTable.Parse(path, File.ReadAllText(path, Encoding.UTF8), ["bioguide", "last_changed"]);
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var bioguide = row.Required("bioguide");
            var text = row.Required("last_changed");
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw row.Fail($"expected last_changed as a date such as 2026-08-13, found '{text}'");
            }

            if (!dates.TryAdd(bioguide, date))
            {
                throw row.Fail($"{bioguide} is listed twice");
            }
        }

        return dates;
    }
}

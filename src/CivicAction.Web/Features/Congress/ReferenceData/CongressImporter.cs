using System.Globalization;
using CivicAction.Core.Formats;
using CivicAction.Web.Features.Congress.ReferenceData.Files;
using CivicAction.Web.Platform.Database;

namespace CivicAction.Web.Features.Congress.ReferenceData;

/// <summary>What one reference-data import did: the dataset as stored, or why nothing was stored.</summary>
public sealed record ReferenceImportResult(ReferenceDataset? Stored, FileError? Error, IReadOnlyList<FileError> Notes)
{
    public bool IsSuccess => Stored is not null;
}

/// <summary>
/// Imports the congress-legislators files and the ZIP-to-district table. Each file is read
/// and checked completely before anything is written, and then the dataset is replaced in one
/// transaction (<see cref="CongressWriter"/>): a rejected file leaves the stored data as it was.
/// </summary>
public sealed class CongressImporter(IDatabase database)
{
    private readonly CongressWriter _writer = new(database);

    /// <summary>
    /// Replaces the members and their district offices. <paramref name="asOf"/> is the date the
    /// data describes, when known (the upstream commit's date); without it the files' date is recorded.
    /// </summary>
    public ReferenceImportResult ImportLegislators(LegislatorFiles files, DateOnly? asOf = null)
    {
        LegislatorData data;
        try
        {
            data = LegislatorsReader.Read(files);
        }
        catch (FileRejectedException e)
        {
            return new ReferenceImportResult(null, e.Error, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReferenceImportResult(null, new FileError(files.Members, null, $"could not be read: {e.Message}"), []);
        }

        var read = files.Offices is null ? [files.Members] : new[] { files.Members, files.Offices };
        var senators = data.Members.Count(m => m.Chamber == ChamberCodes.Senate);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{data.Members.Count} members ({senators} senators, {data.Members.Count - senators} House), {data.Offices.Count} district offices");
        var dataset = Describe(Dataset.Legislators, read, files.Members, asOf, data.Members.Count, detail);
        _writer.ReplaceLegislators(data, dataset);
        return new ReferenceImportResult(dataset, null, data.Notes);
    }

    public ReferenceImportResult ImportZipDistricts(string file, DateOnly? asOf = null)
    {
        IReadOnlyList<ZipDistrictRecord> rows;
        try
        {
            rows = ZipDistrictsReader.Read(file);
        }
        catch (FileRejectedException e)
        {
            return new ReferenceImportResult(null, e.Error, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReferenceImportResult(null, new FileError(file, null, $"could not be read: {e.Message}"), []);
        }

        var zips = rows.Select(r => r.Zcta).Distinct(StringComparer.Ordinal).Count();
        var seats = rows.Select(r => (r.State, r.District)).Distinct().Count();
        var detail = string.Create(CultureInfo.InvariantCulture, $"{rows.Count} ZIP-district rows, {zips} ZIPs, {seats} districts");
        var dataset = Describe(Dataset.ZipDistricts, [file], file, asOf, rows.Count, detail);
        _writer.ReplaceZipDistricts(rows, dataset);
        return new ReferenceImportResult(dataset, null, []);
    }

    /// <summary>
    /// Replaces what each office's contact form asks for. <paramref name="asOf"/> is the upstream commit's date,
    /// when known; each form keeps its own last-changed date besides.
    /// </summary>
    public ReferenceImportResult ImportContactForms(ContactFormFiles files, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ContactFormData data;
        try
        {
            data = ContactFormsReader.Read(files);
        }
        catch (FileRejectedException e)
        {
            return new ReferenceImportResult(null, e.Error, []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ReferenceImportResult(null, new FileError(files.Members, null, $"could not be read: {e.Message}"), []);
        }

        if (data.Forms.Count == 0)
        {
            return new ReferenceImportResult(null, new FileError(files.Members, null, "expected descriptions of contact forms; every file is a stub without one"), data.Notes);
        }

        var read = files.Descriptions().Concat(files.LastChanged is { } dates ? [dates] : []).ToList();
        var source = $"contact-congress {ContactFormFiles.MembersFolder}/ ({data.Files} files)"
            + (files.LastChanged is null ? "" : $", {ContactFormFiles.LastChangedName}");
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"{data.Forms.Count} contact forms ({data.Forms.Count(f => f.NeedsPerson)} with a CAPTCHA), {data.Stubs} files without a form");
        var dataset = Describe(Dataset.ContactForms, read, files.Members, asOf, data.Forms.Count, detail) with { Source = source };
        _writer.ReplaceContactForms(data.Forms, dataset);
        return new ReferenceImportResult(dataset, null, data.Notes);
    }

    private static ReferenceDataset Describe(Dataset name, IReadOnlyList<string> files, string path, DateOnly? asOf, long rowCount, string detail)
    {
        var fileDate = files.Max(f => new DateTimeOffset(File.GetLastWriteTimeUtc(f), TimeSpan.Zero));
        return new ReferenceDataset(
            name,
            string.Join(", ", files.Select(Path.GetFileName)),
            Path.GetFullPath(path),
            fileDate,
            asOf ?? DateOnly.FromDateTime(fileDate.UtcDateTime),
            asOf is null ? AsOfBasis.FileDate : AsOfBasis.Given,
            rowCount,
            detail,
            DateTimeOffset.UtcNow);
    }
}

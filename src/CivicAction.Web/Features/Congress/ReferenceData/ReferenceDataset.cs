namespace CivicAction.Web.Features.Congress.ReferenceData;

/// <summary>The reference datasets, each replaced whole by its import verb.</summary>
public enum Dataset
{
    /// <summary>Members of Congress and their district offices (import-legislators).</summary>
    Legislators,

    /// <summary>ZIP code areas to congressional districts (import-zip-districts).</summary>
    ZipDistricts,

    /// <summary>What each office's web contact form asks for (import-contact-forms).</summary>
    ContactForms,
}

/// <summary>Where a dataset's "as of" date comes from.</summary>
public enum AsOfBasis
{
    /// <summary>The operator gave it (--as-of): the date the data describes.</summary>
    Given,

    /// <summary>Only the file's modification date was known.</summary>
    FileDate,
}

/// <summary>
/// Where a reference dataset came from and how fresh it is (a row of <c>reference_data</c>).
/// <see cref="AsOf"/> is the date pages show as "data as of".
/// </summary>
public sealed record ReferenceDataset(
    Dataset Dataset,
    string Source,
    string SourcePath,
    DateTimeOffset FileDate,
    DateOnly AsOf,
    AsOfBasis AsOfBasis,
    long RowCount,
    string Detail,
    DateTimeOffset ImportedAt);

/// <summary>A chamber of Congress.</summary>
public enum Chamber
{
    House,
    Senate,
}

/// <summary>
/// How the congress-legislators files (and so <c>congress_members.chamber</c>) name the chambers: a term's type,
/// "rep" or "sen". One mapping, for the reader, the writer and the queries.
/// </summary>
public static class ChamberCodes
{
    public const string House = "rep";
    public const string Senate = "sen";

    public static bool TryParse(string? code, out Chamber chamber)
    {
        chamber = code == Senate ? Chamber.Senate : Chamber.House;
        return code is House or Senate;
    }
}

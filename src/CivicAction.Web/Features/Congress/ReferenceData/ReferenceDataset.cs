namespace CivicAction.Web.Features.Congress.ReferenceData;

/// <summary>
/// Where a reference dataset came from and how fresh it is (a row of <c>reference_data</c>).
/// <see cref="AsOf"/> is the date pages show as "data as of"; <see cref="AsOfBasis"/> says
/// whether the importer was told it (<c>given</c>) or only knows the file's date (<c>file-date</c>).
/// </summary>
public sealed record ReferenceDataset(
    string Dataset,
    string Source,
    string SourcePath,
    DateTimeOffset FileDate,
    DateOnly AsOf,
    string AsOfBasis,
    long RowCount,
    string Detail,
    DateTimeOffset ImportedAt)
{
    public const string Legislators = "legislators";
    public const string ZipDistricts = "zip-districts";
    public const string AsOfGiven = "given";
    public const string AsOfFileDate = "file-date";
}

using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Congress.ReferenceData.Files;

namespace CivicAction.Tests.Support;

/// <summary>
/// A temporary database with the real legislators and ZIP table imported once, shared by the
/// tests of one class (xUnit class fixture): the lookups only read it.
/// </summary>
public sealed class CongressData : IDisposable
{
    private readonly TempDatabase _database = new();

    public CongressData()
    {
        var importer = new CongressImporter(_database.Database);
        var legislators = importer.ImportLegislators(LegislatorFiles.Find(SharedData.LegislatorsFolder, out var error)
            ?? throw new InvalidOperationException(error), SharedData.LegislatorsAsOf);
        var zips = importer.ImportZipDistricts(SharedData.ZipDistrictsCsv, SharedData.ZipDistrictsAsOf);
        if (!legislators.IsSuccess || !zips.IsSuccess)
        {
            throw new InvalidOperationException($"the shared data was rejected: {legislators.Error} {zips.Error}");
        }

        Store = new CongressStore(_database.Database);
    }

    public CongressStore Store { get; }

    public void Dispose() => _database.Dispose();
}

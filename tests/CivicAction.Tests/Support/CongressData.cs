using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Congress.ReferenceData.Files;

namespace CivicAction.Tests.Support;

/// <summary>
/// A temporary database with the real legislators and ZIP table imported once, shared by the
/// tests of one class (xUnit class fixture): the lookups only read it.
/// </summary>
public class CongressData : IDisposable
{
    private readonly ITestDatabase _database;

    public CongressData() : this(new TempDatabase())
    {
    }

    protected CongressData(ITestDatabase database)
    {
        _database = database;
        var importer = new CongressImporter(_database.Database);
        var legislators = importer.ImportLegislators(LegislatorFiles.Find(SharedData.LegislatorsFolder, out var error)
            ?? throw new InvalidOperationException(error), SharedData.LegislatorsAsOf);
        var zips = importer.ImportZipDistricts(SharedData.ZipDistrictsCsv, SharedData.ZipDistrictsAsOf);
        if (!legislators.IsSuccess || !zips.IsSuccess)
        {
            throw new InvalidOperationException($"the shared data was rejected: {legislators.Error} {zips.Error}");
        }

        Store = new CongressStore(_database.Database, TimeProvider.System);
    }

    public CongressStore Store { get; }

    /// <summary>The same data read as on <paramref name="day"/> (at noon UTC).</summary>
    public CongressStore StoreOn(DateOnly day) =>
        new(_database.Database, new ManualClock(new DateTimeOffset(day, new TimeOnly(12, 0), TimeSpan.Zero)));

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same data in a database of its own on the tests' PostgreSQL server.</summary>
public sealed class PostgresCongressData() : CongressData(new TempPostgresDatabase());

using CivicAction.Tests.Support;
using Dapper;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Congress.ReferenceData.Files;

namespace CivicAction.Tests.Features.Congress.ReferenceData;

/// <summary>
/// Importing the reference datasets: a whole dataset is replaced at once, a bad file is rejected with FILE:LINE and
/// changes nothing. Each test has its own database.
/// </summary>
public abstract class ReferenceImportTestBase : IDisposable
{
    protected ITestDatabase Db { get; }
    protected CongressImporter Importer { get; }
    protected CongressStore Store { get; }

    protected ReferenceImportTestBase() : this(new TempDatabase())
    {
    }

    /// <summary>The same tests on another database (a suite's PostgreSQL class passes one).</summary>
    protected ReferenceImportTestBase(ITestDatabase db)
    {
        Db = db;
        Importer = new CongressImporter(Db.Database);
        Store = new CongressStore(Db.Database, TimeProvider.System);
    }

    public void Dispose() => Db.Dispose();

    protected string Write(string name, string text)
    {
        var path = Path.Combine(Db.Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    protected long Count(string table)
    {
        using var connection = Db.Database.Open();
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}");
    }

    protected static LegislatorFiles Files(string path) => LegislatorFiles.Find(path, out var error) ?? throw new InvalidOperationException(error);

    protected ReferenceImportResult ImportZips(string text, DateOnly? asOf = null) => Importer.ImportZipDistricts(Write("zccd.csv", text), asOf);

    protected const string SmallZipFile = "state_fips,state_abbr,zcta,cd\n50,VT,05401,0\n53,WA,98103,7\n53,WA,98101,7\n53,WA,98101,9\n";
}

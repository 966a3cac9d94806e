using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog;
using Serilog.Events;
using CivicAction.Web;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Congress.ReferenceData.Files;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Postgres;
using CivicAction.Web.Sqlite;

namespace CivicAction.Tests.Support;

/// <summary>
/// The app for the "Write to Congress" pages: the repository's seed plus the congress fixtures,
/// the real legislators and ZIP data from shared/data imported into its own SQLite file before it
/// starts, every log event captured where the test can read it, and whatever settings the test
/// adds (SMTP to a sink, configured office addresses, rate limits).
/// </summary>
public sealed class CongressSite : AppFactory
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public CongressSite() : this(new Dictionary<string, string?>(), importData: true)
    {
    }

    /// <summary>
    /// The reference data imported once into a database of the tests' PostgreSQL server, which each PostgreSQL site
    /// starts as a copy of: importing 40,000 rows for every test would cost more than the tests.
    /// </summary>
    private static readonly Lazy<string> PostgresTemplate = new(() =>
    {
        var template = PostgresServer.CreateDatabase();
        using (var database = new PostgresDatabase(template))
        {
            Import(database);
        }

        Npgsql.NpgsqlConnection.ClearAllPools(); // a template is copied only while no one is connected to it
        return template;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private CongressSite(IReadOnlyDictionary<string, string?> settings, bool importData, bool onPostgres = false)
        : base(PrepareSeeds(), onPostgres, onPostgres && importData ? PostgresTemplate.Value : null)
    {
        _settings = settings;
        if (importData && !onPostgres)
        {
            Import(DatabasePath);
        }
    }

    /// <summary>
    /// The site with extra settings; without <paramref name="importData"/> it has no reference data at all; with
    /// <paramref name="onPostgres"/>, on a database of its own on the tests' PostgreSQL server.
    /// </summary>
    public static CongressSite With(IReadOnlyDictionary<string, string?> settings, bool importData = true, bool onPostgres = false) =>
        new(settings, importData, onPostgres);

    /// <summary>Settings for delivery through a sink: SMTP on loopback and a fast outbox.</summary>
    public static Dictionary<string, string?> Smtp(SmtpSink sink) => new()
    {
        ["Site:PublicUrl"] = "http://localhost",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:FromAddress"] = "letters@civicaction.test",
        ["Smtp:MessageIdDomain"] = "civicaction.test",
        ["Smtp:PollSeconds"] = "0.1",
        ["Smtp:TimeoutSeconds"] = "10",
    };

    /// <summary>Everything the app logged, as rendered text with every property.</summary>
    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The app's own log pipeline, but every source at every level, into the test's sink.
        builder.ConfigureServices(services => services.AddSerilog((provider, logger) =>
            WebApp.Logging(logger, provider.GetRequiredService<IConfiguration>(), sinks => sinks.Sink(Log))
                .MinimumLevel.Verbose()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Verbose)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Verbose),
            // Its own logger, not the static one that every app in this test process would overwrite.
            preserveStaticLogger: true));
        builder.UseSetting("RateLimits:SendsPerWindow", "1000");
        builder.UseSetting("RateLimits:DraftsPerWindow", "1000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Imports the real reference data into a database file, as the import verbs would.</summary>
    public static void Import(string databasePath) => Import(new SqliteDatabase(databasePath));

    private static void Import(IDatabase database)
    {
        DapperSetup.Configure();
        new Migrator(database).Migrate();
        var importer = new CongressImporter(database);
        var legislators = importer.ImportLegislators(LegislatorFiles.Find(SharedData.LegislatorsFolder, out var error)
            ?? throw new InvalidOperationException(error), SharedData.LegislatorsAsOf);
        var zips = importer.ImportZipDistricts(SharedData.ZipDistrictsCsv, SharedData.ZipDistrictsAsOf);
        var forms = importer.ImportContactForms(ContactFormFiles.Find(SharedData.ContactCongressFolder, out error)
            ?? throw new InvalidOperationException(error), SharedData.ContactFormsAsOf);
        if (!legislators.IsSuccess || !zips.IsSuccess || !forms.IsSuccess)
        {
            throw new InvalidOperationException($"the shared data was rejected: {legislators.Error} {zips.Error} {forms.Error}");
        }
    }

    private static string PrepareSeeds()
    {
        var folder = Directory.CreateTempSubdirectory("civicaction-congress-seeds-").FullName;
        File.Copy(Fixtures.SeedBrief, Path.Combine(folder, Path.GetFileName(Fixtures.SeedBrief)));
        foreach (var file in Directory.EnumerateFiles(Fixtures.CongressFolder, "*.txt"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}

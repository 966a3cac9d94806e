using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Platform.CommandLine;
using CivicAction.Web.Platform.Database;

namespace CivicAction.Web;

/// <summary>Runs the command-line verbs (everything but serving) against the configured database.</summary>
public sealed class CommandLineApp(TextWriter output, TextWriter errors, bool interactive)
{
    public int Run(Invocation invocation)
    {
        if (invocation.Verb == "help")
        {
            if (invocation.UsageError is { } error)
            {
                errors.WriteLine($"error: {error}");
                errors.WriteLine(Invocation.UsageText);
                return ExitCodes.Usage;
            }

            output.WriteLine(Invocation.UsageText);
            return ExitCodes.Ok;
        }

        var databasePath = AppConfiguration.Build(invocation.HostArgs).GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Path
            ?? new DatabaseOptions().Path;
        Database OpenDatabase()
        {
            DapperSetup.Configure();
            var database = new Database(databasePath);
            new Migrator(database).Migrate();
            return database;
        }

        return invocation.Verb switch
        {
            "import" => new ImportCommand(output, errors, interactive)
                .Run(invocation.VerbArgs, () => new BriefImporter(new StoryWriter(OpenDatabase()))),
            "import-legislators" => new ReferenceImportCommand(output, errors)
                .RunLegislators(invocation.VerbArgs, () => new CongressImporter(OpenDatabase())),
            "import-zip-districts" => new ReferenceImportCommand(output, errors)
                .RunZipDistricts(invocation.VerbArgs, () => new CongressImporter(OpenDatabase())),
            _ => throw new InvalidOperationException($"verb '{invocation.Verb}' is listed in Invocation.Verbs but not run here"),
        };
    }
}

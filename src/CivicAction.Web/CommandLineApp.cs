using CivicAction.Web.Features.Congress;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Platform.CommandLine;
using CivicAction.Web.Platform.Database;
using Microsoft.Extensions.Options;

namespace CivicAction.Web;

/// <summary>
/// The command-line verbs' table of contents (everything but serving): the same configuration, options checks and
/// services as the web app, against the configured database, migrated first.
/// </summary>
public sealed class CommandLineApp(TextWriter output, TextWriter errors, bool interactive)
{
    public int Run(Invocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
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

        var configuration = AppConfiguration.Build(invocation.HostArgs);
        ServiceProvider? services = null;
        T Service<T>() where T : notnull
        {
            if (services is null)
            {
                services = Services(configuration);
                services.GetRequiredService<Migrator>().Migrate();
            }

            return services.GetRequiredService<T>();
        }

        try
        {
            return invocation.Verb switch
            {
                "import" => new ImportCommand(output, errors, interactive).Run(invocation.VerbArgs, Service<BriefImporter>),
                "import-legislators" => new ReferenceImportCommand(output, errors).RunLegislators(invocation.VerbArgs, Service<CongressImporter>),
                "import-zip-districts" => new ReferenceImportCommand(output, errors).RunZipDistricts(invocation.VerbArgs, Service<CongressImporter>),
                "import-contact-forms" => new ReferenceImportCommand(output, errors).RunContactForms(invocation.VerbArgs, Service<CongressImporter>),
                "copy-database" => new CopyDatabaseCommand(output, errors).Run(invocation.VerbArgs, configuration),
                _ => throw new InvalidOperationException($"verb '{invocation.Verb}' is listed in Invocation.Verbs but not run here"),
            };
        }
        catch (OptionsValidationException e)
        {
            errors.WriteLine($"error: {e.Message}");
            return ExitCodes.Usage;
        }
        finally
        {
            services?.Dispose();
        }
    }

    /// <summary>The services the verbs use, registered as the web app registers them.</summary>
    private static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddDatabaseProvider(configuration);
        services.AddStoryStorage();
        services.AddCongressReferenceData();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}

using CivicAction.Web.Congress;
using CivicAction.Web.Importing;
using CivicAction.Web.Storage;
using CivicAction.Web.Stories;
using Microsoft.Extensions.Options;
using Serilog;

namespace CivicAction.Web;

/// <summary>The web app's table of contents: configuration, services, middleware, endpoints.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}"));

        AddStorage(builder.Services);
        builder.Services.AddRazorPages();

        var app = builder.Build();

        app.UseSerilogRequestLogging();
        app.UseStaticFiles();
        app.UseRouting();
        app.MapRazorPages();
        return app;
    }

    private static void AddStorage(IServiceCollection services)
    {
        DapperSetup.Configure();
        services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Database:Path must name the SQLite file")
            .ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section);
        services.AddSingleton(sp => new Database(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Path));
        services.AddSingleton<Migrator>();
        services.AddSingleton<StoryWriter>();
        services.AddSingleton<StoryStore>();
        services.AddSingleton(sp => new BriefImporter(sp.GetRequiredService<StoryWriter>()));
        services.AddSingleton<CongressStore>();
        services.AddSingleton<CongressImporter>();
        services.AddHostedService<DatabaseStartup>();
    }
}

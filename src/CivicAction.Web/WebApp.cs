using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using CivicAction.Web.Features.Congress.Letters;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.Foia;
using CivicAction.Web.Features.Foia.Downloads;
using CivicAction.Web.Features.Stories.Feeds;
using CivicAction.Web.Platform.RateLimits;
using CivicAction.Web.Features.SendForMe.Confirmations;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Features.Stories.Importing;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.Logging;

namespace CivicAction.Web;

/// <summary>The web app's table of contents: configuration, services, middleware, endpoints.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.Services.AddSerilog((services, logger) =>
        {
            Logging(logger, builder.Configuration)
                .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
            foreach (var sink in services.GetServices<ILogEventSink>())
            {
                logger.WriteTo.Sink(sink); // extra sinks registered in DI (tests read the log through one)
            }
        }, preserveStaticLogger: true); // each app (and each test host) keeps its own logger

        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section);
        builder.Services.AddSingleton<SiteUrls>();
        AddStorage(builder.Services);
        AddDelivery(builder.Services);
        builder.Services.AddStoryOutputCache();
        builder.Services.AddHostedService<StoryCacheInvalidator>();
        builder.Services.AddCivicRateLimits(builder.Configuration);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        // Pages live with their feature (Features/Stories, Features/Foia ...), not in a Pages folder.
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features");
        // Antiforgery tokens must survive a restart (or a form opened before it would be refused):
        // the key ring lives beside the database, which is what an operator backs up and mounts.
        var databasePath = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Path ?? new DatabaseOptions().Path;
        builder.Services.AddDataProtection()
            .SetApplicationName("CivicAction")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath)) ?? ".", "keys")));
        // Emoji and accented letters are written as themselves, not as numeric references.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        var app = builder.Build();
        var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseSerilogRequestLogging(options =>
        {
            // One line per request; tokens of private pages never reach the log.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(LogSafePath.Redact(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
        // Only /css and /js are files: other requests skip the file-system probe of the static files middleware.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/css") || context.Request.Path.StartsWithSegments("/js"),
            assets => assets.UseStaticFiles(new StaticFileOptions
            {
                // Stylesheets and scripts are linked with a version hash, so they may be cached for a year.
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
            }));
        app.UseRouting();
        app.UseRateLimiter();
        if (site.OutputCache)
        {
            app.UseOutputCache();
        }

        app.MapRazorPages();
        app.MapFeeds();
        app.MapStoryApi();
        app.MapFoiaDownloads();
        app.MapHealthChecks("/healthz");
        return app;
    }

    /// <summary>
    /// The log pipeline without its sinks (tests add their own): levels from configuration, the
    /// request's context, and the tokens of private addresses redacted from every event.
    /// </summary>
    public static LoggerConfiguration Logging(LoggerConfiguration logger, IConfiguration configuration) =>
        logger.ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.With<PrivatePathEnricher>();

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
        services.AddSingleton<CongressLookup>();
        services.AddSingleton<CongressWriting>();
    }

    private static void AddDelivery(IServiceCollection services)
    {
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<SmtpSender>();
        services.AddSingleton<OutboxWorker>();
        services.AddSingleton<EmailConfirmations>();
        services.AddSingleton<FoiaRequestStore>();
        services.AddOptions<CongressDeliveryOptions>().BindConfiguration(CongressDeliveryOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CongressDeliveryOptions>, CongressDeliveryValidation>();
        services.AddSingleton<SentLetterStore>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        services.AddHostedService<DatabaseStartup>();
    }
}

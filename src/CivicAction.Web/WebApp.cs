using System.Text.Encodings.Web;
using CivicAction.Web.Features.Calls;
using CivicAction.Web.Features.Congress;
using CivicAction.Web.Features.Foia;
using CivicAction.Web.Features.SendForMe;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Platform.Hosting;
using CivicAction.Web.Platform.Localization;
using CivicAction.Web.Platform.Logging;
using CivicAction.Web.Platform.Options;
using CivicAction.Web.Platform.RateLimits;
using CivicAction.Web.Postgres;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace CivicAction.Web;

/// <summary>The web app's table of contents: configuration, services, middleware, endpoints.</summary>
public static class WebApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot() });

        builder.Services.AddSerilog((services, logger) => Logging(logger, builder.Configuration, sinks =>
        {
            sinks.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
            foreach (var sink in services.GetServices<ILogEventSink>())
            {
                sinks.Sink(sink); // extra sinks registered in DI (tests read the log through one)
            }
        }), preserveStaticLogger: true); // each app (and each test host) keeps its own logger

        builder.Services.AddSection<SiteOptions>();
        builder.Services.AddSingleton<SiteUrls>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDatabaseProvider(builder.Configuration);
        builder.Services.AddSendForMe();
        builder.Services.AddStories();
        builder.Services.AddFoia();
        builder.Services.AddCongress();
        builder.Services.AddCalls();
        builder.Services.AddCivicRateLimits();
        builder.Services.AddSiteLanguages();
        // Pages live with their feature (Features/Stories, Features/Foia ...), not in a Pages folder.
        builder.Services.AddRazorPages(options => options.RootDirectory = "/Features")
            // Forms bind to the domain's own models (FoiaRequest), whose texts are non-nullable and may be empty:
            // what a form lacks is said by the feature's checks, next to the field, not by "The X field is required".
            .AddMvcOptions(options =>
            {
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.Filters.Add<UnhandledMethodFilter>();
            });
        // Antiforgery tokens must survive a restart (or a form opened before it would be refused). On SQLite the key
        // ring lives beside the database, which is what an operator backs up and mounts, and is as private as it; on
        // PostgreSQL it lives in the database, shared by every instance, so a form opened on one posts to another.
        var database = OptionsSections.Read<DatabaseOptions>(builder.Configuration);
        var protection = builder.Services.AddDataProtection().SetApplicationName("CivicAction");
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            builder.Services.AddPostgresKeyRing();
        }
        else
        {
            protection.PersistKeysToFileSystem(PrivateFiles.OwnFolder(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.Path)) ?? ".", "keys")));
        }

        // Emoji and accented letters are written as themselves, not as numeric references.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        RestrictHostsToThePublicUrl(builder);

        var app = builder.Build();
        var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;

        // First, so that everything after it (the rate limits, HSTS, the log) sees the client rather than the proxy.
        app.UseTrustedProxies(site.TrustedProxies);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseRequestGuards(site.MaxRequestBytes);
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
        // Browsers and crawlers ask for /favicon.ico whatever the page links: send them to the one icon.
        app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true));
        // Only /css, /js and the icon are files: other requests skip the file-system probe of the static files middleware.
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/css") || context.Request.Path.StartsWithSegments("/js")
                || context.Request.Path == "/favicon.svg",
            assets => assets.UseStaticFiles(new StaticFileOptions
            {
                // Stylesheets and scripts are linked with a version hash, so they may be cached for a year.
                OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
            }));
        app.UseSiteLanguages();
        app.UseRouting();
        app.UseRateLimiter();
        if (site.OutputCache)
        {
            app.UseOutputCache();
        }

        app.MapRazorPages();
        app.MapLanguageChoice();
        app.MapStories();
        app.MapFoia();
        app.MapHealthChecks("/healthz");
        return app;
    }

    /// <summary>
    /// The folder with the app's settings and static files: the working directory when it has them (<c>dotnet run</c>
    /// in the project folder), else the app's own folder (a published app started from anywhere), so the stylesheet
    /// and appsettings.json are found whatever folder the app was started from. Null keeps the framework's default.
    /// </summary>
    private static string? ContentRoot()
    {
        static bool HasWebRoot(string folder) => Directory.Exists(Path.Combine(folder, "wwwroot"));
        return !HasWebRoot(Directory.GetCurrentDirectory()) && HasWebRoot(AppContext.BaseDirectory) ? AppContext.BaseDirectory : null;
    }

    /// <summary>
    /// With a public address set and AllowedHosts left open ("*"), only that host (and loopback, for a proxy's health
    /// checks) is served: a request naming another host gets 400 rather than pages whose absolute links carry it.
    /// </summary>
    private static void RestrictHostsToThePublicUrl(WebApplicationBuilder builder)
    {
        var publicUrl = OptionsSections.Read<SiteOptions>(builder.Configuration).PublicUrl;
        var allowed = builder.Configuration["AllowedHosts"];
        if (Uri.TryCreate(publicUrl, UriKind.Absolute, out var uri) && (string.IsNullOrWhiteSpace(allowed) || allowed.Trim() == "*"))
        {
            builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = [uri.IdnHost, "localhost", "127.0.0.1", "[::1]"]);
        }
    }

    /// <summary>
    /// The log pipeline around the given sinks (tests pass their own): levels from configuration, the
    /// request's context, and the tokens of private addresses redacted from every event: from its
    /// properties for every sink, and from its template's text and its exception for these sinks.
    /// </summary>
    public static LoggerConfiguration Logging(LoggerConfiguration logger, IConfiguration configuration, Action<LoggerSinkConfiguration> sinks) =>
        logger.ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.With<PrivatePathEnricher>()
            .WriteTo.Sink(LoggerSinkConfiguration.Wrap(sink => new PrivatePathSink(sink), sinks));
}

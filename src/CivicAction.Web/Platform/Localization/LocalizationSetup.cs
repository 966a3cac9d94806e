using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CivicAction.Web.Platform.Localization;

/// <summary>The site's texts from .resx resources beside each feature, and each request's language.</summary>
public static class LocalizationSetup
{
    public static IServiceCollection AddSiteLanguages(this IServiceCollection services) =>
        services
            .AddLocalization()
            .Configure<RequestLocalizationOptions>(options =>
            {
                options.DefaultRequestCulture = new RequestCulture(SiteLanguages.FormattingCulture(SiteLanguages.English), SiteLanguages.English);
                options.SupportedCultures = [.. SiteLanguages.All.Select(l => CultureInfo.GetCultureInfo(SiteLanguages.FormattingCulture(l)))];
                options.SupportedUICultures = [.. SiteLanguages.All.Select(l => CultureInfo.GetCultureInfo(l))];
                options.RequestCultureProviders = [new LanguageChoice()];
                options.ApplyCurrentCultureToResponseHeaders = true; // Content-Language
            });

    /// <summary>Sets the request's culture; the same address answers in either language, so shared caches must know.</summary>
    public static IApplicationBuilder UseSiteLanguages(this IApplicationBuilder app) =>
        app.UseRequestLocalization().Use((context, next) =>
        {
            context.Response.Headers.Append("Vary", "Accept-Language, Cookie");
            return next(context);
        });
}

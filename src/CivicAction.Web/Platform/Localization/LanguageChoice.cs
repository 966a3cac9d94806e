using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace CivicAction.Web.Platform.Localization;

/// <summary>
/// Which language a request is answered in: the person's own choice (the <see cref="SiteLanguages.Cookie"/> cookie set by
/// the switch link), else the first language of <c>Accept-Language</c> the site speaks ("es-MX" is Spanish), else English.
/// </summary>
public sealed class LanguageChoice : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var language = Chosen(httpContext.Request) ?? Accepted(httpContext.Request);
        return Task.FromResult(language is null ? null : new ProviderCultureResult(SiteLanguages.FormattingCulture(language), language));
    }

    private static string? Chosen(HttpRequest request) =>
        request.Cookies[SiteLanguages.Cookie] is { } value && SiteLanguages.IsKnown(value) ? value : null;

    private static string? Accepted(HttpRequest request)
    {
        IList<StringWithQualityHeaderValue> accepted;
        try
        {
            accepted = request.GetTypedHeaders().AcceptLanguage;
        }
        catch (FormatException)
        {
            return null; // a header that cannot be read chooses nothing
        }

        return accepted
            .Where(a => (a.Quality ?? 1) > 0)
            .OrderByDescending(a => a.Quality ?? 1) // stable: equal weights keep the browser's order
            .Select(a => Primary(a.Value.Value))
            .FirstOrDefault(SiteLanguages.IsKnown);
    }

    /// <summary>"es-419" is "es"; "EN" is "en".</summary>
    private static string? Primary(string? tag) => tag?.Split('-', 2)[0].ToLowerInvariant();
}

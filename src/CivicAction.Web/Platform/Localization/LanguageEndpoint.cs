namespace CivicAction.Web.Platform.Localization;

/// <summary>
/// <c>GET /language/{en|es}?return=/the/page?and=query</c>: remembers the choice in a cookie and goes back to the page
/// the person was reading. A GET, because it only sets a preference (a link works without a form or JavaScript); the
/// return address must be a path on this site, so the link cannot send anyone elsewhere.
/// </summary>
public static class LanguageEndpoint
{
    public const string Path = "/language";

    /// <summary>The switch link for a page: to <paramref name="language"/>, then back to the page and its query.</summary>
    public static string Link(string language, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var here = request.PathBase + request.Path + request.QueryString;
        return $"{Path}/{language}?return={Uri.EscapeDataString(here.ToString())}";
    }

    public static IEndpointRouteBuilder MapLanguageChoice(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path + "/{language}", (string language, string? @return, HttpContext context) =>
        {
            if (!SiteLanguages.IsKnown(language))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(SiteLanguages.Cookie, language, new CookieOptions
            {
                Path = "/",
                MaxAge = TimeSpan.FromDays(365),
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                IsEssential = true, // the page's language, not tracking
            });
            context.Response.Headers.CacheControl = "no-store";
            return Results.Redirect(IsOwnPath(@return) ? @return! : "/");
        });
        return app;
    }

    /// <summary>"/stories/x?page=2" yes; "//evil.example", "/\evil.example", "https://..." and control characters no.</summary>
    public static bool IsOwnPath(string? path) =>
        !string.IsNullOrEmpty(path) && path.Length <= 2048 && path[0] == '/'
        && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Any(char.IsControl);
}

using Microsoft.Extensions.Options;

namespace CivicAction.Web.Platform.Hosting;

/// <summary>Absolute addresses for canonical links, feeds, the sitemap and the links in e-mails.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    public string Base(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PublicBase ?? $"{request.Scheme}://{request.Host}";
    }

    public string Absolute(HttpRequest request, string path) => Base(request) + path;

    /// <summary>The configured public address without its trailing slash, or null when none is set.</summary>
    public string? PublicBase =>
        string.IsNullOrWhiteSpace(options.Value.PublicUrl) ? null : options.Value.PublicUrl.TrimEnd('/');

    /// <summary>
    /// A link for an e-mail: always on the configured public address, never on the request's Host header, which
    /// whoever sends the request chooses. Sending mail requires the public address (<see cref="SiteOptions.PublicUrl"/>),
    /// so the app does not start with mail on and no address.
    /// </summary>
    public string ForEmail(string path) =>
        (PublicBase ?? throw new InvalidOperationException("Site:PublicUrl is not set, so no link can be put in an e-mail")) + path;
}

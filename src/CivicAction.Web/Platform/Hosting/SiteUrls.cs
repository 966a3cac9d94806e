using Microsoft.Extensions.Options;

namespace CivicAction.Web.Platform.Hosting;

/// <summary>Absolute addresses for canonical links, feeds and the sitemap.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    public string Base(HttpRequest request)
    {
        var configured = options.Value.PublicUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}"
            : configured.TrimEnd('/');
    }

    public string Absolute(HttpRequest request, string path) => Base(request) + path;
}

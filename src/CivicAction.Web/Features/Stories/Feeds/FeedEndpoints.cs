using System.Globalization;
using System.Text;
using System.Xml;
using CivicAction.Web.Platform.Hosting;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.Stories.Feeds;

/// <summary>The Atom feed, the sitemap and robots.txt: what feed readers and search engines read.</summary>
public static class FeedEndpoints
{
    private const int FeedSize = 50;

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.xml", (HttpRequest request, StoryStore stories, SiteUrls urls, IOptions<SiteOptions> site) =>
            Results.Text(Atom(stories.LatestDocuments(1, FeedSize).Items, urls.Base(request), site.Value.Name), "application/atom+xml; charset=utf-8", Encoding.UTF8))
            .CacheOutput(StoryOutputCache.Policy);

        app.MapGet("/sitemap.xml", (HttpRequest request, StoryStore stories, SiteUrls urls) =>
            Results.Text(Sitemap(stories.Addresses(), stories.Tags(), urls.Base(request)), "application/xml; charset=utf-8", Encoding.UTF8))
            .CacheOutput(StoryOutputCache.Policy);

        app.MapGet("/robots.txt", (HttpRequest request, SiteUrls urls) =>
            Results.Text($"User-agent: *\nDisallow: /requests/\nDisallow: /api/\nSitemap: {urls.Base(request)}/sitemap.xml\n", "text/plain; charset=utf-8"));
    }

    private static string Atom(IReadOnlyList<StoryDocument> stories, string baseUrl, string siteName)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(new Utf8StringWriter(builder), new XmlWriterSettings { Indent = true }))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", ns);
            xml.WriteElementString("title", ns, $"{siteName}: stories to act on");
            xml.WriteElementString("id", ns, baseUrl + "/");
            WriteLink(xml, baseUrl + "/feed.xml", "self");
            WriteLink(xml, baseUrl + "/", null);
            var updated = stories.Count == 0 ? DateTimeOffset.UnixEpoch : stories.Max(s => s.UpdatedAt);
            xml.WriteElementString("updated", ns, Rfc3339(updated));
            foreach (var story in stories)
            {
                var url = $"{baseUrl}/stories/{story.Slug}";
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, story.Brief.Headline);
                xml.WriteElementString("id", ns, url);
                WriteLink(xml, url, null);
                xml.WriteElementString("published", ns, story.Brief.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
                xml.WriteElementString("updated", ns, Rfc3339(story.UpdatedAt));
                xml.WriteElementString("summary", ns, story.Brief.Dek);
                foreach (var tag in story.Brief.Tags)
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", TagSlug.From(tag.Name));
                    xml.WriteAttributeString("label", tag.Name);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return builder.ToString();
    }

    private static string Sitemap(IReadOnlyList<StoryAddress> stories, IReadOnlyList<TagCount> tags, string baseUrl)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(new Utf8StringWriter(builder), new XmlWriterSettings { Indent = true }))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartElement("urlset", ns);
            WriteUrl(xml, ns, baseUrl + "/", null);
            WriteUrl(xml, ns, baseUrl + "/tags", null);
            foreach (var story in stories)
            {
                WriteUrl(xml, ns, $"{baseUrl}/stories/{story.Slug}", story.UpdatedAt);
            }

            foreach (var tag in tags)
            {
                WriteUrl(xml, ns, $"{baseUrl}/tags/{tag.Slug}", null);
            }

            xml.WriteEndElement();
        }

        return builder.ToString();
    }

    private static void WriteUrl(XmlWriter xml, string ns, string location, DateTimeOffset? lastModified)
    {
        xml.WriteStartElement("url", ns);
        xml.WriteElementString("loc", ns, location);
        if (lastModified is { } modified)
        {
            xml.WriteElementString("lastmod", ns, modified.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string href, string? rel)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("href", href);
        if (rel is not null)
        {
            xml.WriteAttributeString("rel", rel);
        }

        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A string writer that says UTF-8: XmlWriter writes the encoding of its writer into the XML declaration, and a
    /// plain StringWriter says UTF-16, while the feed is served (and parsed) as UTF-8.
    /// </summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}

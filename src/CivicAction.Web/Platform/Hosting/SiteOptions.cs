namespace CivicAction.Web.Platform.Hosting;

/// <summary>Site-wide settings, bound to the <c>Site</c> section.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    public string Name { get; set; } = "CivicAction";

    /// <summary>
    /// The public address (e.g. https://civicaction.example) used for canonical links, feeds and
    /// the sitemap. When empty the request's own scheme and host are used.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Cache story, tag, search and home pages in memory (off only to measure rendering).</summary>
    public bool OutputCache { get; set; } = true;
}

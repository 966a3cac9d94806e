using CivicAction.Web.Platform.Options;
using System.ComponentModel.DataAnnotations;

namespace CivicAction.Web.Platform.Hosting;

/// <summary>Site-wide settings, bound to the <c>Site</c> section.</summary>
public sealed class SiteOptions : IOptionsSection, IValidatableObject
{
    public static string Section => "Site";

    /// <summary>The site's name, as the layout, the feed and every e-mail it sends call it.</summary>
    [Required(AllowEmptyStrings = false)]
    [StringLength(60)]
    public string Name { get; set; } = "CivicAction";

    /// <summary>
    /// The public address (e.g. https://civicaction.example) used for canonical links, feeds and
    /// the sitemap. When empty the request's own scheme and host are used.
    /// </summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>
    /// The largest request body taken, in bytes (1 MiB): the longest FOIA request or letter is a few tens of KB, so a
    /// larger body is refused with 413 before it is read.
    /// </summary>
    [Range(16 * 1024, 64 * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The reverse proxies (addresses or networks) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
    /// believed; empty, the headers are ignored. See <see cref="TrustedProxies"/>.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Cache story, tag, search and home pages in memory (off only to measure rendering).</summary>
    public bool OutputCache { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        Hosting.TrustedProxies.Parse(TrustedProxies, out var error);
        if (error is not null)
        {
            yield return new ValidationResult($"Site:TrustedProxies: {error}", [nameof(TrustedProxies)]);
        }
    }
}

using System.Text.RegularExpressions;

namespace CivicAction.Core.Formats;

/// <summary>
/// Addresses of Regulations.gov and of a brief's comment page. A docket ID is agency, optional offices, year and
/// sequence ("EPA-HQ-OW-2026-0142", "FDA-2013-N-0500"); only one of that shape becomes a docket link.
/// </summary>
public static partial class RegulationsGov
{
    public static bool IsDocketId(string? id) => id is not null && DocketId().IsMatch(id);

    /// <summary>The docket's page, or null when <paramref name="id"/> is no docket ID.</summary>
    public static string? DocketUrl(string? id) => IsDocketId(id) ? "https://www.regulations.gov/docket/" + id : null;

    /// <summary>A web address as a link: http(s) as written, "www.…" with https; anything else is no link (null).</summary>
    public static string? Href(string? address)
    {
        var text = address?.Trim() ?? "";
        if (text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '"' or '<' or '>'))
        {
            return null;
        }

        if (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            text = "https://" + text;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0
            ? text
            : null;
    }

    [GeneratedRegex(@"^[A-Z]{2,10}(?:-[A-Z0-9]{1,10}){0,3}-(?:19|20)\d{2}(?:-[A-Z]{1,4})?-\d{3,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex DocketId();
}

using System.Globalization;

using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Shared;

/// <summary>
/// Times shown to a person in their own time zone. The browser names its zone (an IANA id such as America/Chicago) in the
/// <see cref="Cookie"/> that <c>wwwroot/js/time-zone.js</c> sets; without it, or with a name this machine does not know,
/// times are shown in UTC and say so. The zone is only read to render a page: it is never stored or logged.
/// </summary>
public sealed class PersonTime
{
    public const string Cookie = "tz";
    private PersonTime(TimeZoneInfo? zone) => Zone = zone;

    public static PersonTime Utc { get; } = new(null);

    /// <summary>The person's zone, or null when the browser did not say (times are then in UTC).</summary>
    public TimeZoneInfo? Zone { get; }

    public static PersonTime For(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Named(request.Cookies[Cookie]);
    }

    /// <summary>A zone from its IANA name; anything else (too long, unknown, a path) falls back to UTC.</summary>
    public static PersonTime Named(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+')))
        {
            return Utc;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId ? new PersonTime(zone) : Utc;
    }

    /// <summary>
    /// "December 1, 2026 at 10:30 AM (Chicago time)", or "December 1, 2026 at 16:30 UTC"; in Spanish
    /// "1 de diciembre de 2026, a las 10:30 a. m. (hora de Chicago)". The patterns are the page's language's resources.
    /// </summary>
    public string Format(DateTimeOffset when)
    {
        var culture = SiteLanguages.Formatting;
        if (Zone is not { } zone || zone.Id == "UTC" || zone.Id == "Etc/UTC")
        {
            return when.ToUniversalTime().ToString(Pattern("Time.Utc"), culture);
        }

        var local = TimeZoneInfo.ConvertTime(when, zone);
        return string.Format(culture, SharedStrings.Text("Time.Zone"), local.ToString(Pattern("Time.Local"), culture), Place(zone.Id));
    }

    /// <summary>A time pattern around the long date's ("{0} 'at' h:mm tt" with "MMMM d, yyyy").</summary>
    private static string Pattern(string key) => string.Format(CultureInfo.InvariantCulture, SharedStrings.Text(key), SharedStrings.Text("Date.Long"));

    /// <summary>"America/Los_Angeles" is "Los Angeles"; "America/Indiana/Indianapolis" is "Indianapolis".</summary>
    private static string Place(string id) => id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ');
}

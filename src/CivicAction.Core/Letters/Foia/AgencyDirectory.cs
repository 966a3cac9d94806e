using System.Globalization;
using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;
using CivicAction.Core.Formats;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// The agencies whose FOIA channels are known, read from agencies.csv (embedded in this assembly), and the matching
/// of a brief's or a requester's wording to one of them.
/// </summary>
/// <remarks>
/// The file lists only agencies whose channels were checked against a cited source; an agency that is not in it
/// is not an error: its requests go to the contacts the brief gives (<see cref="DeliveryPlan.For"/>).
/// Columns: key, name, foia_office, channels, portal_url, email, mailing_address, aliases, notes, source, checked.
/// List fields (channels, mailing_address lines, aliases) separate their items with "|".
/// </remarks>
public sealed class AgencyDirectory
{
    private const string ResourceName = "CivicAction.Core.Letters.Foia.agencies.csv";

    private static readonly string[] Columns =
        ["key", "name", "foia_office", "channels", "portal_url", "email", "mailing_address", "aliases", "notes", "source", "checked"];

    private static readonly Lazy<AgencyDirectory> Embedded = new(LoadEmbedded);

    private readonly List<Agency> _agencies;
    private readonly List<(Agency Agency, Regex Pattern)> _aliases;

    private AgencyDirectory(List<Agency> agencies)
    {
        _agencies = agencies;
        _aliases = [.. agencies.SelectMany(a => a.Aliases.Select(alias => (a, AliasPattern(alias))))];
    }

    /// <summary>The directory of agencies.csv as shipped in this assembly.</summary>
    public static AgencyDirectory Default => Embedded.Value;

    public IReadOnlyList<Agency> Agencies => _agencies;

    /// <summary>The agency with this <see cref="Agency.Key"/> (case-insensitive), or null.</summary>
    public Agency? Get(string? key) =>
        string.IsNullOrWhiteSpace(key)
            ? null
            : _agencies.Find(a => string.Equals(a.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The agency a text names, or null: "DHS", "the Department of Homeland Security", "foia@hq.dhs.gov",
    /// "www.dhs.gov/foia". When it names several, the first named wins, and at the same place the longest
    /// alias (so "foia@ice.dhs.gov" is ICE, not DHS).
    /// </summary>
    /// <remarks>
    /// Acronyms match only in capitals ("ICE", never "ice"); names match in any case; a domain matches itself and
    /// its subdomains ("dhs.gov" matches "hq.dhs.gov", not "notdhs.gov").
    /// </remarks>
    public Agency? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        Agency? best = null;
        var bestIndex = int.MaxValue;
        var bestLength = 0;
        foreach (var (agency, pattern) in _aliases)
        {
            var m = pattern.Match(text);
            if (m.Success && (m.Index < bestIndex || (m.Index == bestIndex && m.Length > bestLength)))
            {
                (best, bestIndex, bestLength) = (agency, m.Index, m.Length);
            }
        }

        return best;
    }

    /// <summary>
    /// The agency a brief's action is addressed to, looked for in the order a reader would: the title ("File a FOIA
    /// request with DHS ..."), the contact lines, the description, the heading, then the text of the request itself.
    /// </summary>
    /// <remarks>The other blocks are left out on purpose: data points cite sources ("DOJ statements say ...") that are
    /// not the agency holding the records.</remarks>
    public Agency? Match(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        IEnumerable<string?> evidence =
        [
            action.Title,
            .. action.Contacts.Emails,
            .. action.Contacts.Urls,
            action.Description,
            action.Heading,
            .. action.Blocks.Where(b => FoiaBlocks.IsRecordsLabel(b.Label)).Select(b => b.Text),
        ];
        return evidence.Select(Find).FirstOrDefault(a => a is not null);
    }

    /// <summary>How to send a request for <paramref name="action"/>: see <see cref="DeliveryPlan.For"/>.</summary>
    public DeliveryPlan Plan(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return DeliveryPlan.For(Match(action), action.Contacts);
    }

    /// <summary>Reads a directory in the agencies.csv format, checking every row.</summary>
    /// <exception cref="InvalidDataException">A row is malformed or lacks a fact it must have, such as its source.</exception>
    public static AgencyDirectory Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        CsvTable table;
        try
        {
            table = CsvTable.Parse("agencies.csv", csv, Columns);
        }
        catch (FileRejectedException e)
        {
            throw new InvalidDataException(e.Error.ToString(), e);
        }

        if (!table.Header.SequenceEqual(Columns))
        {
            throw new InvalidDataException($"agencies.csv:1: expected the header '{string.Join(",", Columns)}'");
        }

        var agencies = new List<Agency>();
        foreach (var row in table.Rows)
        {
            var agency = ParseRow(row);
            if (agencies.Exists(a => string.Equals(a.Key, agency.Key, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidDataException($"agencies.csv:{row.Line}: the key '{agency.Key}' is used twice");
            }

            agencies.Add(agency);
        }

        return new AgencyDirectory(agencies);
    }

    private static AgencyDirectory LoadEmbedded()
    {
        using var stream = typeof(AgencyDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static Agency ParseRow(CsvRow row)
    {
        InvalidDataException Bad(string what) => new($"agencies.csv:{row.Line}: {what}");
        string Field(string column) => row[column] ?? "";
        List<string> List(string column) =>
            [.. Field(column).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
        string? Optional(string column) => Field(column) is { Length: > 0 } value ? value : null;

        var key = Field("key");
        if (key.Length == 0 || !key.All(char.IsAsciiLetterOrDigit))
        {
            throw Bad("the key must be letters and digits, such as 'DHS'");
        }

        var name = Field("name");
        if (name.Length == 0)
        {
            throw Bad("the name is empty");
        }

        var channels = new List<DeliveryChannel>();
        foreach (var item in List("channels"))
        {
            var channel = item.ToUpperInvariant() switch
            {
                "PORTAL" => DeliveryChannel.Portal,
                "EMAIL" => DeliveryChannel.Email,
                "MAIL" => DeliveryChannel.Mail,
                _ => throw Bad($"unknown channel '{item}': expected portal, email or mail"),
            };
            if (channels.Contains(channel))
            {
                throw Bad($"the channel '{item}' is listed twice");
            }

            channels.Add(channel);
        }

        if (channels.Count == 0)
        {
            throw Bad("no channel: list at least one of portal, email, mail");
        }

        var portal = Optional("portal_url");
        var email = Optional("email");
        var address = List("mailing_address");

        // Each destination must go with the channel it serves, and only with it: an address that answers questions
        // but does not take requests (foia@hq.dhs.gov) belongs in the notes, never where the app would send to.
        if (channels.Contains(DeliveryChannel.Portal) != (portal is not null))
        {
            throw Bad("a portal_url is required with the portal channel, and only with it");
        }

        if (portal is not null && !portal.StartsWith("https://", StringComparison.Ordinal))
        {
            throw Bad("the portal_url must start with https://");
        }

        if (channels.Contains(DeliveryChannel.Email) != (email is not null))
        {
            throw Bad("an email is required with the email channel, and only with it");
        }

        if (email is not null && !EmailAddress.IsValid(email))
        {
            throw Bad($"'{email}' is not an e-mail address");
        }

        if (channels.Contains(DeliveryChannel.Mail) != (address.Count > 0))
        {
            throw Bad("a mailing_address is required with the mail channel, and only with it");
        }

        var aliases = List("aliases");
        if (aliases.Count == 0)
        {
            throw Bad("no aliases: list at least the acronym or the name texts use");
        }

        var source = Field("source");
        if (source.Length == 0)
        {
            throw Bad("the source is empty: every row must cite where its facts come from");
        }

        if (!DateOnly.TryParseExact(Field("checked"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var checkedOn))
        {
            throw Bad("checked must be the date the row was checked, as yyyy-MM-dd");
        }

        return new Agency(key, name, Field("foia_office"), channels, portal, email, address, aliases, Field("notes"), source, checkedOn);
    }

    private static Regex AliasPattern(string alias)
    {
        const RegexOptions Options = RegexOptions.CultureInvariant;
        if (alias.Contains('.', StringComparison.Ordinal) && !alias.Contains(' ', StringComparison.Ordinal))
        {
            // A domain: itself or a subdomain, inside an e-mail address or a URL, but not a longer domain.
            return new Regex(@"(?<![A-Za-z0-9-])" + Regex.Escape(alias) + @"(?![A-Za-z0-9-]|\.[A-Za-z0-9])",
                Options | RegexOptions.IgnoreCase);
        }

        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var body = string.Join(@"\s+", words);
        var isAcronym = alias.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
        return new Regex(@"(?<![\p{L}\p{N}])" + body + @"(?![\p{L}\p{N}])",
            isAcronym ? Options : Options | RegexOptions.IgnoreCase);
    }
}

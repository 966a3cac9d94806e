using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// The agencies whose FOIA channels are known, read from agencies.csv (embedded in this assembly), and the matching
/// of a brief's or a requester's wording to one of them.
/// </summary>
/// <remarks>
/// Every row cites the source of its facts and says whether they were checked against it (pages show the rows that
/// were not as "not verified"). An agency that is not in the file is not an error: its requests go to the contacts
/// the brief gives (<see cref="DeliveryPlan.For"/>). The format is described at <see cref="AgencyCsv"/>.
/// </remarks>
public sealed class AgencyDirectory
{
    private const string ResourceName = "CivicAction.Core.Letters.Foia.agencies.csv";

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

    /// <summary>The department <paramref name="agency"/> belongs to, or null for a department or independent agency.</summary>
    public Agency? Parent(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return Get(agency.ParentKey);
    }

    /// <summary>Whether <paramref name="agency"/> is <paramref name="ancestor"/> or one of its components, at any depth.</summary>
    public bool IsWithin(Agency agency, Agency ancestor)
    {
        ArgumentNullException.ThrowIfNull(ancestor);
        for (Agency? a = agency; a is not null; a = Parent(a))
        {
            if (a.Key == ancestor.Key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The agency a text names, or null: "DHS", "the Department of Homeland Security", "foia@hq.dhs.gov",
    /// "www.dhs.gov/foia". When it names several, the first named wins, and at the same place the longest
    /// alias (so "foia@ice.dhs.gov" is ICE, not DHS); but a component named anywhere in the text wins over its own
    /// department ("DHS's component USCIS" is USCIS).
    /// </summary>
    /// <remarks>
    /// Acronyms match only in capitals ("ICE", never "ice"); names match in any case; a domain matches itself and
    /// its subdomains ("dhs.gov" matches "hq.dhs.gov", not "notdhs.gov").
    /// </remarks>
    public Agency? Find(string? text) => MostSpecific(Matches(text));

    /// <summary>
    /// The agency a brief's action is addressed to, looked for in the order a reader would: the title ("File a FOIA
    /// request with DHS ..."), the contact lines, the description, the heading, then the text of the request itself.
    /// The first agency found wins, unless a later place names one of its components ("DHS" in the title, a
    /// uscis.gov contact line): the most specific component is where the request belongs.
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
        return MostSpecific(evidence.SelectMany(Matches));
    }

    /// <summary>The agencies a text names, the first named first (at one place, the longest alias first).</summary>
    private IEnumerable<Agency> Matches(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return _aliases
            .Select(entry => (entry.Agency, Match: entry.Pattern.Match(text)))
            .Where(x => x.Match.Success)
            .OrderBy(x => x.Match.Index)
            .ThenByDescending(x => x.Match.Length)
            .Select(x => x.Agency);
    }

    /// <summary>The first agency named, narrowed to the first of its components that is also named.</summary>
    private Agency? MostSpecific(IEnumerable<Agency> named)
    {
        var all = named.ToList();
        if (all.Count == 0)
        {
            return null;
        }

        var best = all[0];
        foreach (var candidate in all)
        {
            if (candidate.Key != best.Key && IsWithin(candidate, best))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>How to send a request for <paramref name="action"/>: see <see cref="DeliveryPlan.For"/>.</summary>
    public DeliveryPlan Plan(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return DeliveryPlan.For(Match(action), action.Contacts);
    }

    /// <summary>Reads a directory in the agencies.csv format, checking every row (see <see cref="AgencyCsv"/>).</summary>
    /// <exception cref="InvalidDataException">A row is malformed or lacks a fact it must have, such as its source.</exception>
    public static AgencyDirectory Parse(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        return new AgencyDirectory(AgencyCsv.Parse(csv));
    }

    private static AgencyDirectory LoadEmbedded()
    {
        using var stream = typeof(AgencyDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
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

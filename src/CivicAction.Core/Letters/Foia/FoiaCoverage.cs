using System.Text.RegularExpressions;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// The bodies FOIA does not reach, matched on the whole name a requester gives: the Act applies to executive-branch
/// "agencies" (5 U.S.C. 552(f)(1), 551(1)), which leaves out Congress and its agencies, the federal courts, and the
/// President's immediate staff whose sole function is to advise and assist the President.
/// </summary>
/// <remarks>
/// Whole names only, so an executive agency's "Office of Congressional Affairs", the "Court Services and Offender
/// Supervision Agency" or DOJ's immigration courts are never taken for Congress or a court. The Executive Office of
/// the President is split: OMB, the Office of Science and Technology Policy, USTR, CEQ and ONDCP are agencies under
/// FOIA, so they are not listed.
/// </remarks>
public static partial class FoiaCoverage
{
    /// <summary>The branch or office a listed body belongs to, for the message.</summary>
    public enum Outside
    {
        Congress,
        Courts,
        PresidentsStaff,
    }

    private static readonly (Outside Kind, string Pattern)[] Bodies =
    [
        (Outside.Congress, @"(?:U\.?S\.? |United States )?Congress"),
        (Outside.Congress, @"(?:U\.?S\.? |United States )?Senate"),
        (Outside.Congress, @"(?:U\.?S\.? |United States )?House(?: of Representatives)?"),
        (Outside.Congress, @"(?:U\.?S\.? |United States )?(?:Senate|House)(?: [\p{L}'’&,-]+){1,8} (?:Committee|Subcommittee)"),
        (Outside.Congress, @"(?:Senate|House) (?:Committee|Subcommittee) on(?: [\p{L}'’&,-]+){1,10}"),
        (Outside.Congress, @"(?:Office of )?(?:Senator|Representative|Rep\.|Sen\.)(?: [\p{L}.'’-]+){1,4}"),
        (Outside.Congress, @"(?:U\.?S\.? )?Government Accountability Office|GAO"),
        (Outside.Congress, @"Congressional Budget Office|CBO"),
        (Outside.Congress, @"Library of Congress"),
        (Outside.Congress, @"Congressional Research Service"),
        (Outside.Congress, @"(?:U\.?S\.? )?Government Publishing Office|Government Printing Office|GPO"),
        (Outside.Congress, @"Architect of the Capitol"),
        (Outside.Congress, @"(?:U\.?S\.? |United States )?Capitol Police"),
        (Outside.Courts, @"(?:U\.?S\.? |United States )?Supreme Court(?: of the United States)?"),
        (Outside.Courts, @"(?:U\.?S\.? |United States |federal )?courts?"),
        (Outside.Courts, @"(?:U\.?S\.? |United States )?Court of Appeals(?: for the [\p{L}. -]+)?"),
        (Outside.Courts, @"(?:U\.?S\.? |United States )?(?:District|Bankruptcy) Court(?: for the [\p{L}. -]+)?"),
        (Outside.Courts, @"(?:U\.?S\.? |United States )?Court of (?:Federal Claims|International Trade)"),
        (Outside.Courts, @"Administrative Office of the (?:U\.?S\.?|United States) Courts"),
        (Outside.Courts, @"Federal Judicial Center"),
        (Outside.Courts, @"(?:U\.?S\.? |United States )?Sentencing Commission"),
        (Outside.PresidentsStaff, @"(?:the )?White House(?: Office)?"),
        (Outside.PresidentsStaff, @"(?:Office of )?the (?:Vice )?President"),
        (Outside.PresidentsStaff, @"(?:Office of the )?White House Counsel|White House Counsel's Office"),
        (Outside.PresidentsStaff, @"National Security Council|NSC"),
        (Outside.PresidentsStaff, @"Council of Economic Advisers"),
        (Outside.PresidentsStaff, @"National Economic Council|Domestic Policy Council"),
        (Outside.PresidentsStaff, @"Executive Residence"),
    ];

    private static readonly (Outside Kind, Regex Pattern)[] Compiled =
        [.. Bodies.Select(b => (b.Kind, new Regex("^(?:" + b.Pattern + ")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)))];

    /// <summary>Which body outside FOIA <paramref name="name"/> is, as a whole name ("the U.S. Senate"), or null.</summary>
    public static Outside? NotCovered(string? name)
    {
        var normalized = Normalize(name);
        if (normalized.Length == 0)
        {
            return null;
        }

        foreach (var (kind, pattern) in Compiled)
        {
            if (pattern.IsMatch(normalized))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Why FOIA does not reach the body, in one sentence.</summary>
    public static string Reason(Outside kind) => kind switch
    {
        Outside.Congress => "Congress and its agencies (such as GAO, CBO and the Library of Congress) are not agencies under FOIA",
        Outside.Courts => "the federal courts are not agencies under FOIA",
        _ => "the President's immediate staff, such as the White House Office and the National Security Council, are not agencies under FOIA",
    };

    /// <summary>Spaces collapsed, a leading "the" and trailing punctuation dropped, so that only the name itself is matched.</summary>
    private static string Normalize(string? name)
    {
        var text = Spaces().Replace(name ?? "", " ").Trim().TrimEnd('.', ',', ';', ':');
        return text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("the President", StringComparison.OrdinalIgnoreCase)
            && !text.StartsWith("the Vice President", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("the White House", StringComparison.OrdinalIgnoreCase)
            ? text[4..]
            : text;
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}

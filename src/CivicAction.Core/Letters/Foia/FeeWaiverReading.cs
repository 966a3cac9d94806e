using System.Text.RegularExpressions;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// What a fee-waiver justification says about the two prongs of 5 U.S.C. 552(a)(4)(A)(iii), read clause by clause the
/// way a FOIA officer reads it: what the records show about the government, whether and how the requester will pass
/// them on, and whether the requester stands to make money from them.
/// </summary>
/// <remarks>
/// A keyword list alone passes "I will not share these" and fails "I'll put it on our neighborhood website and won't
/// make a cent". So each term counts only when it is not negated: a term is negated when "not", "no", "never",
/// "without", "nothing" or a word ending in "n't" comes within <see cref="NegationReach"/> words before it in the same
/// clause (clauses end at . ; ! ? a line break or "but"). A negated commercial term ("won't sell them", "no commercial
/// interest") is what shows the second prong; an unnegated one ("for my consulting business") contradicts it.
/// </remarks>
/// <param name="AboutGovernment">The text names what the government does: its operations, activities, programs,
/// spending or officials, or the agency itself (first prong, "operations or activities of the government").</param>
/// <param name="ReachesThePublic">The text says how the requester will pass the records on: publish, post, share,
/// tell, present, a website, a newsletter, a meeting (first prong, "public understanding").</param>
/// <param name="NotCommercial">The text says the request is not for the requester's own gain (second prong).</param>
/// <param name="CommercialUse">The text states a commercial use without negating it.</param>
/// <param name="InabilityToPay">The text argues that the requester cannot afford the fees, which is no ground for a waiver.</param>
public sealed partial record FeeWaiverReading(bool AboutGovernment, bool ReachesThePublic, bool NotCommercial, bool CommercialUse, bool InabilityToPay)
{
    /// <summary>How many words before a term a negation still reaches ("will not ever be sold" negates "sold").</summary>
    public const int NegationReach = 4;

    /// <summary>Both halves of the first prong: the records are about the government, and the public will hear of them.</summary>
    public bool PublicInterest => AboutGovernment && ReachesThePublic;

    /// <summary>The second prong: a statement that the request is not commercial, and no statement that it is.</summary>
    public bool NoCommercialInterest => NotCommercial && !CommercialUse;

    /// <summary>Reads <paramref name="justification"/>; <paramref name="agencyNames"/> (the agency's name, acronym,
    /// aliases) count as naming the government, since "how ICE runs the center" is about government activity.</summary>
    public static FeeWaiverReading Of(string? justification, IEnumerable<string?> agencyNames)
    {
        ArgumentNullException.ThrowIfNull(agencyNames);
        var names = agencyNames.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim()).ToList();
        bool government = false, reach = false, notCommercial = false, commercial = false, inability = false;
        foreach (var clause in ClauseBreak().Split(Normalize(justification ?? "")))
        {
            if (clause.Length == 0)
            {
                continue;
            }

            government |= Affirmed(clause, Government()) || names.Any(n => NamesIn(clause, n));
            reach |= Affirmed(clause, Reach());
            notCommercial |= Affirmed(clause, NonCommercial()) || Negated(clause, Commercial());
            commercial |= Affirmed(clause, StatedCommercialUse());
            inability |= CannotPay().IsMatch(clause);
        }

        return new FeeWaiverReading(government, reach, notCommercial, commercial, inability);
    }

    // Typographic apostrophes ("won’t") read as typed ones.
    private static string Normalize(string text) => text.Replace('’', '\'').Replace('‘', '\'');

    private static bool Affirmed(string clause, Regex terms) => terms.Matches(clause).Any(m => !IsNegated(clause, m.Index));

    private static bool Negated(string clause, Regex terms) => terms.Matches(clause).Any(m => IsNegated(clause, m.Index));

    private static bool IsNegated(string clause, int index)
    {
        var before = WordPattern().Matches(clause[..index]);
        return before.Skip(Math.Max(0, before.Count - NegationReach)).Any(w => IsNegation(w.Value));
    }

    private static readonly HashSet<string> Negations = new(["not", "no", "never", "without", "nothing", "cannot"], StringComparer.OrdinalIgnoreCase);

    private static bool IsNegation(string word) => word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || Negations.Contains(word);

    private static bool NamesIn(string clause, string name) =>
        Regex.IsMatch(clause, @"(?<![\p{L}\p{N}])" + Regex.Escape(name) + @"(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"[.;!?\n]+|\bbut\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(?:government\w*|federal|agenc(?:y|ies)|department\w*|operations?|activit(?:y|ies)|polic(?:y|ies)|officials?|administration|programs?|contracts?|spend\w*|spent|budgets?|fund(?:s|ing|ed)?|tax dollars|enforcement|regulat\w*)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Government();

    // "information" is not "inform", "to the present" is not a presentation, and "meetings" between officials are records, not a way to share them.
    [GeneratedRegex(@"\b(?:publish\w*|publicly|(?<!-)post(?:s|ed|ing)?(?!-)|put\w* (?:\w+ )?online|online|websites?|web ?site|blog\w*|articles?|newsletters?|newspapers?|radio|podcast\w*|broadcast\w*|shar(?:e|es|ed|ing)|tell\w*|explain\w*|(?<!the )present(?:s|ed|ing|ations?)?|inform(?:s|ed|ing)?|disseminat\w*|distribut\w*|make (?:\w+ )?(?:public|available)|town hall|(?:public|community|town|neighborhood|city council) meetings?|readers|audiences?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Reach();

    [GeneratedRegex(@"\bnon-?commercial\b|\bnon-?profit\b|\bnot-for-profit\b|\bfree of charge\b|\bfor free\b|\bat no (?:cost|charge)\b|\bunpaid\b|\bvolunteer\w*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NonCommercial();

    // What a negation turns into "not for gain" ("no commercial interest", "won't make a cent", "will not be paid").
    // A word after a hyphen is part of a compound ("non-profit"), which NonCommercial reads.
    [GeneratedRegex(@"(?<!-)\b(?:commercial\w*|profit\w*|financial\w*|gain\w*|money|cents?|dime|sell\w*|sold|business\w*|earn\w*|paid)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Commercial();

    // What states a commercial use unless negated; narrower than Commercial so that records about "commercial drones"
    // or an agency's "sales" are not read as the requester's own interest.
    [GeneratedRegex(@"(?<!-)\b(?:commercial (?:interests?|use|purposes?|gain|benefit|clients?|value|ventures?)|(?:my|our) (?:business|company|firm|clients|customers)|for profit|sell|resell|financial(?:ly)? gain|gain financially|(?:make|making|earn|earning) money)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StatedCommercialUse();

    [GeneratedRegex(@"\b(?:afford\w*|unable to pay|can't pay|cannot pay|too expensive)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CannotPay();
}

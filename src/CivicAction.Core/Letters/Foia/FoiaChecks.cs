using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;
using CivicAction.Core.Formats;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// What must be fixed before a FOIA request is sent (<see cref="Severity.Blocking"/>) and what is worth a second
/// look (<see cref="Severity.Warning"/>), field by field, each with a message that says what is expected.
/// </summary>
/// <remarks>
/// The rules, each testable on its own:
/// <list type="bullet">
/// <item>Single-line fields (name, e-mail, phone, organisation, agency, subject) containing CR, LF, U+2028/U+2029 or any
/// other control character are blocking: those fields end up in mail headers, where a line break starts a new header.</item>
/// <item>Name, e-mail, postal address, records description, and the agency's name (when it is not a directory agency)
/// are required; an e-mail must be one plain address (name@domain.tld, no display name, no list).</item>
/// <item>A "[placeholder]" left in any text that reaches the letter is blocking; editorial brackets in a quotation
/// ("[sic]", "[t]he", see <see cref="EditorialBrackets"/>) are not placeholders.</item>
/// <item>Every text has a maximum length (<see cref="MaxLengths"/>), blocking beyond it: no field carries an
/// unbounded text into a letter, a header or a confirmation e-mail.</item>
/// <item>No start and no end date is a warning; an end before the start, or both an end date and "to the present",
/// is blocking.</item>
/// <item>A records description is vague (a warning) when it has fewer than <see cref="MinSpecificTerms"/> specific terms.
/// A specific term is a word of three or more letters that is not one of the generic words of requests ("all",
/// "any", "records", "information", "documents", "related", ...), or a number of two or more digits (a year, a
/// case number). "All records about CECOT" has one; "memoranda on CECOT transfers since 2025" has four.</item>
/// <item>The news-media and the educational or scientific fee categories need the outlet or the institution in the
/// organisation field (blocking): the category belongs to whom the requester works for, and the letter names it.</item>
/// <item>A fee waiver needs a justification (blocking), which should address both prongs of 5 U.S.C.
/// 552(a)(4)(A)(iii) (a warning each), read clause by clause as <see cref="FeeWaiverReading"/> describes: the public
/// interest, shown by what the records say about the government (its operations, programs, spending or officials,
/// or the agency by name) together with how the requester will pass them on (publish, post, share, a website, a
/// meeting), neither negated; and the absence of a primary commercial interest, shown by "noncommercial",
/// "nonprofit", "free of charge" or a negated gain ("won't sell them", "no commercial interest"), and not
/// contradicted by a stated commercial use. An argument that the requester cannot afford the fees is a warning:
/// it is no ground for a waiver.</item>
/// <item>Expedited processing needs a ground, a justification and the certification of 5 U.S.C. 552(a)(6)(E)(vi)
/// (each blocking). The "urgency to inform the public" ground is only for a person primarily engaged in
/// disseminating information: unless the fee category is news media or the justification says how the requester
/// disseminates information (journalist, reporter, news, media, publish, blog, broadcast, podcast, newsletter,
/// disseminate, ...), that is a warning. An agency's own ground must be one the directory lists for that agency,
/// word for word (blocking otherwise).</item>
/// <item>Records about the requester ("these records are about me") need a date and place of birth and the sworn
/// statement of identity (each blocking); a records description that reads as being about the requester ("my FBI
/// file", "records about me") without that choice is a warning.</item>
/// <item>FOIA covers executive-branch agencies only: an agency whose whole name is one of the bodies of
/// <see cref="FoiaCoverage"/> (Congress and its agencies such as GAO, CBO and the Library of Congress; the federal
/// courts; the President's immediate staff such as the White House Office) is blocking; a records description asking for records "held by",
/// "maintained by" or "kept by" those bodies, or "in the files of" them, is a warning.</item>
/// </list>
/// </remarks>
public static partial class FoiaChecks
{
    /// <summary>The fewest specific terms a records description needs not to be called vague.</summary>
    public const int MinSpecificTerms = 3;

    private static readonly HashSet<string> GenericWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "any", "every", "each", "some", "other", "such", "etc",
        "record", "records", "information", "info", "document", "documents", "docs", "material", "materials",
        "file", "files", "data", "thing", "things", "stuff", "everything", "anything", "something",
        "related", "relating", "relates", "relate", "regarding", "concerning", "about", "pertaining", "referring",
        "reference", "references", "mentioning", "mention", "mentions", "involving",
        "the", "and", "that", "this", "these", "those", "which", "with", "from", "for", "into", "upon", "onto",
        "since", "between", "during", "after", "before", "until", "through", "within", "among", "under", "over",
        "you", "your", "yours", "our", "ours", "its", "their", "there", "here", "who", "what", "when", "where", "why", "how",
        "have", "has", "had", "are", "was", "were", "been", "being", "not", "but", "may", "might", "can", "could",
        "would", "should", "will", "please", "provide", "request", "requests", "requesting", "requested",
        "copies", "copy", "including", "include", "includes", "limited", "without", "limitation",
        "agency", "agency's", "held", "kept", "maintained", "possession", "custody", "control",
    };

    public static IReadOnlyList<FieldCheck> Check(FoiaRequest request, Agency? agency)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checks = new List<FieldCheck>();
        void Block(string field, string code, string message) => checks.Add(new FieldCheck(field, Severity.Blocking, message, code));
        void Warn(string field, string code, string message) => checks.Add(new FieldCheck(field, Severity.Warning, message, code));
        void BlockWith(string field, string code, string message, params object[] values) =>
            checks.Add(new FieldCheck(field, Severity.Blocking, message, code) { Values = values });
        void WarnWith(string field, string code, string message, params object[] values) =>
            checks.Add(new FieldCheck(field, Severity.Warning, message, code) { Values = values });

        // Requester and single-line fields.
        var allTexts = Texts(request);
        var singleLine = allTexts.Where(t => SingleLineFields.Contains(t.Field)).ToList();
        var brokenLines = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (field, value) in singleLine)
        {
            if (value is not null && value.Any(FoiaText.IsLineBreakOrControl))
            {
                brokenLines.Add(field);
                Block(field, FoiaCheckCodes.LineBreakOrControl,
                    "Write this on one line: remove the line break, tab or invisible control character. This field goes "
                    + "into the e-mail's headers, where a line break would start a new header.");
            }
        }

        if (IsBlank(request.FullName))
        {
            Block(nameof(FoiaRequest.FullName), FoiaCheckCodes.Required,
                "Enter your full name: agencies need to know who is asking, and the letter is signed with it.");
        }

        if (IsBlank(request.Email))
        {
            Block(nameof(FoiaRequest.Email), FoiaCheckCodes.Required,
                "Enter your e-mail address, such as name@example.org: the agency writes to it about your request.");
        }
        else if (!brokenLines.Contains(nameof(FoiaRequest.Email)) && !EmailAddress.IsValid(request.Email.Trim()))
        {
            Block(nameof(FoiaRequest.Email), FoiaCheckCodes.InvalidEmail,
                "Enter one e-mail address in the form name@example.org, without a name in front or other addresses.");
        }

        if (IsBlank(request.PostalAddress))
        {
            Block(nameof(FoiaRequest.PostalAddress), FoiaCheckCodes.Required,
                "Enter your postal address (street, city, state and ZIP code): agencies ask for one, and it is where paper copies go.");
        }

        // Agency.
        if (agency is null && IsBlank(request.AgencyName))
        {
            Block(nameof(FoiaRequest.AgencyName), FoiaCheckCodes.Required,
                "Name the federal agency that holds the records, such as the Department of Homeland Security.");
        }

        // A directory agency is an executive agency by construction; only a name the requester typed is looked up.
        if (agency is null && FoiaCoverage.NotCovered(request.AgencyName) is { } outside)
        {
            // The last value names the variant (Congress, Courts, PresidentsStaff), so a page words each in its language.
            BlockWith(nameof(FoiaRequest.AgencyName), FoiaCheckCodes.NotAnAgency,
                $"\"{FoiaText.SingleLine(request.AgencyName)}\" is not an agency FOIA covers: the Act reaches executive-branch agencies only, and "
                + FoiaCoverage.Reason(outside) + ". Ask an executive agency for its copies of the records, or write to the office directly.",
                FoiaText.SingleLine(request.AgencyName), outside.ToString());
        }

        // Placeholders in every text that reaches the letter (a justification only when its request is made).
        var texts = allTexts.Where(t =>
            (t.Field != nameof(FoiaRequest.FeeWaiverJustification) || request.FeeWaiverRequested)
            && (t.Field != nameof(FoiaRequest.ExpeditedJustification) || request.ExpeditedRequested)).ToList();
        foreach (var (field, value) in texts)
        {
            var names = Placeholders.In(EditorialBrackets.Remove(value)).Distinct(StringComparer.Ordinal).Select(n => "[" + n + "]").ToList();
            if (names.Count > 0)
            {
                BlockWith(field, FoiaCheckCodes.Placeholder,
                    $"Replace {string.Join(", ", names)} with your own words: the letter must not go out with a blank to fill in.", string.Join(", ", names));
            }
        }

        // The records.
        if (IsBlank(request.RecordsDescription))
        {
            Block(nameof(FoiaRequest.RecordsDescription), FoiaCheckCodes.Required,
                "Describe the records you want: the subject, the kind of documents (memos, e-mails, contracts) and the people or offices involved.");
        }
        else if (SpecificTerms(request.RecordsDescription) < MinSpecificTerms)
        {
            Warn(nameof(FoiaRequest.RecordsDescription), FoiaCheckCodes.VagueRecords,
                "This description is too vague for staff to search: name the subject, the kind of documents "
                + "(memos, e-mails, contracts, reports) and the people, offices, places or dates involved. A request "
                + "must reasonably describe the records (5 U.S.C. § 552(a)(3)(A)).");
        }

        if (HeldOutsideFoia().Match(request.RecordsDescription ?? "") is { Success: true } held)
        {
            WarnWith(nameof(FoiaRequest.RecordsDescription), FoiaCheckCodes.RecordsHeldOutsideFoia,
                $"FOIA does not reach records {held.Value}: ask for the agency's own copies instead, such as its "
                + "correspondence with that office.", held.Value);
        }

        if (request.DateRangeFrom is null && request.DateRangeTo is null)
        {
            Warn(nameof(FoiaRequest.DateRangeFrom), FoiaCheckCodes.NoDateRange,
                "Give a date range, such as from January 1, 2025 to the present: it narrows the search and speeds up the answer.");
        }
        else if (request.DateRangeFrom is { } from && request.DateRangeTo is { } to && to < from)
        {
            BlockWith(nameof(FoiaRequest.DateRangeTo), FoiaCheckCodes.DateRangeReversed,
                $"The range ends ({FoiaText.LongDate(to)}) before it starts ({FoiaText.LongDate(from)}): swap or correct the dates.", to, from);
        }

        if (request.DateRangeTo is not null && request.ToPresent)
        {
            Block(nameof(FoiaRequest.DateRangeTo), FoiaCheckCodes.DateRangeAmbiguous,
                "Choose either an end date or \"to the present\", not both.");
        }

        // Fees.
        if (request.MaxFee < 0)
        {
            Block(nameof(FoiaRequest.MaxFee), FoiaCheckCodes.NegativeFee,
                "Enter the most you will pay without being asked first, in dollars: 0 or more.");
        }

        // The reduced-fee categories belong to whom the requester works for (5 U.S.C. 552(a)(4)(A)(ii)(II)); an agency
        // asks which outlet or institution first, so the letter must name it.
        if (request.FeeCategory == FeeCategory.NewsMedia && IsBlank(request.Organization))
        {
            Block(nameof(FoiaRequest.Organization), FoiaCheckCodes.NewsMediaOutletMissing,
                "Name the news outlet you work or write for (a freelancer: the outlet you expect to publish with): the "
                + "news-media fee category is for a representative of the news media, and the letter says for whom.");
        }
        else if (request.FeeCategory == FeeCategory.EducationalOrScientific && IsBlank(request.Organization))
        {
            Block(nameof(FoiaRequest.Organization), FoiaCheckCodes.InstitutionMissing,
                "Name the school, university or research institution the request is made for: this fee category is "
                + "for requests on behalf of an educational or noncommercial scientific institution, not for personal study.");
        }

        if (request.FeeWaiverRequested)
        {
            CheckFeeWaiver(request, agency, Block, Warn);
        }

        if (request.ExpeditedRequested)
        {
            CheckExpedited(request, agency, Block, Warn);
        }

        if (request.OwnRecords)
        {
            CheckIdentity(request, Block);
        }
        else if (AboutTheRequester().Match(request.RecordsDescription ?? "") is { Success: true } aboutMe)
        {
            WarnWith(nameof(FoiaRequest.OwnRecords), FoiaCheckCodes.OwnRecordsSuggested,
                $"The records sound like they are about you (\"{aboutMe.Value}\"): tick \"These records are about me\", so that "
                + "the letter asks under the Privacy Act too and gives what the agency needs to verify who you are.", aboutMe.Value);
        }

        CheckLengths(allTexts, BlockWith);
        return checks;
    }

    // An agency releases records about a person only to that person, so it verifies identity before it searches
    // (28 CFR 16.41(d), 6 CFR 5.21(d)): name, address, date and place of birth, and a sworn or notarized statement.
    private static void CheckIdentity(FoiaRequest request, Action<string, string, string> block)
    {
        if (request.DateOfBirth is null)
        {
            block(nameof(FoiaRequest.DateOfBirth), FoiaCheckCodes.Required,
                "Enter your date of birth: agencies search for and verify records about a person by it.");
        }

        if (IsBlank(request.PlaceOfBirth))
        {
            block(nameof(FoiaRequest.PlaceOfBirth), FoiaCheckCodes.Required,
                "Enter your place of birth (city and state, or country): agencies ask for it to verify who you are.");
        }

        if (!request.IdentityDeclared)
        {
            block(nameof(FoiaRequest.IdentityDeclared), FoiaCheckCodes.IdentityNotDeclared,
                "Declare that you are the person these records are about: agencies accept this statement under penalty of "
                + "perjury (28 U.S.C. § 1746) in place of a notarized signature.");
        }
    }

    /// <summary>The number of distinct specific terms in a records description (see the rules above).</summary>
    public static int SpecificTerms(string? description) =>
        Word().Matches(description ?? "")
            .Select(m => m.Value.Trim('\'', '’', '-'))
            .Where(IsSpecific)
            .Select(w => w.ToUpperInvariant())
            .Distinct(StringComparer.Ordinal)
            .Count();

    private static bool IsSpecific(string word)
    {
        if (word.Any(char.IsDigit))
        {
            return word.Count(char.IsDigit) >= 2;
        }

        return word.Length >= 3 && !GenericWords.Contains(word);
    }

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:(?:about|on|concerning|regarding|pertaining to|relating to)\s+me|myself|my\s+(?:own\s+)?(?:FBI\s+|immigration\s+|A-|alien\s+|case\s+|personnel\s+|medical\s+|military\s+|service\s+)?(?:files?|records?))\b(?!-)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheRequester();

    [GeneratedRegex(@"\b(?:(?:held|kept|maintained|stored)\s+by|in\s+the\s+(?:files|possession)\s+of)\s+(?:the\s+|a\s+|my\s+)?(?:U\.?S\.?\s+)?(?:Congress|Senate|House of Representatives|Supreme Court|federal courts?|courts?)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeldOutsideFoia();
}

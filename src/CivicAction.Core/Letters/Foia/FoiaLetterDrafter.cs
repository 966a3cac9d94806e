using System.Globalization;
using System.Text;
using CivicAction.Core.Deadlines;

namespace CivicAction.Core.Letters.Foia;

/// <summary>
/// Drafts the text of a FOIA request letter from a <see cref="FoiaRequest"/>. Pure and total: it drafts whatever the
/// form holds, so a page can show a live preview of an incomplete form; <see cref="FoiaChecks"/> says what must be
/// fixed before sending.
/// </summary>
/// <remarks>
/// The drafter's own words never contain a bracketed placeholder, so any "[...]" left in a letter came from the
/// requester's text, and the checks point at it. Each statutory request cites its clause of 5 U.S.C. 552, because
/// a FOIA officer reads the letter against the statute.
/// </remarks>
public static class FoiaLetterDrafter
{
    private const string SubjectPrefix = "Freedom of Information Act Request";

    public static FoiaLetter Draft(FoiaRequest request, Agency? agency, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);

        var subject = SubjectLine(request.Subject);
        var parts = new FoiaLetterBuilder();

        parts.Add(FoiaLetterPart.Date, FoiaText.LongDate(today));
        parts.Add(FoiaLetterPart.Recipient, Recipient(request, agency));
        parts.Add(FoiaLetterPart.Subject, "Subject: " + subject);
        parts.Add(FoiaLetterPart.Salutation, "Dear FOIA Officer:");
        parts.Add(FoiaLetterPart.Opening,
            "Under the Freedom of Information Act, 5 U.S.C. § 552, I request copies of the records described below.");
        parts.Add(FoiaLetterPart.PrivacyAct, request.OwnRecords ? PrivacyAct : null);
        parts.Add(FoiaLetterPart.Context, FoiaText.Paragraphs(request.Context));
        parts.Add(FoiaLetterPart.Records, Records(request.RecordsDescription));
        parts.Add(FoiaLetterPart.DateRange, DateRange(request));
        parts.Add(FoiaLetterPart.Questions, Questions(request.Questions ?? []));
        parts.Add(FoiaLetterPart.Fees, Fees(request));
        parts.Add(FoiaLetterPart.FeeWaiver, request.FeeWaiverRequested ? FeeWaiver(request) : null);
        parts.Add(FoiaLetterPart.Expedited, request.ExpeditedRequested ? Expedited(request, agency) : null);
        parts.Add(FoiaLetterPart.Format, Format(request.PreferredFormat));
        parts.Add(FoiaLetterPart.Segregability,
            "If you withhold any record or any part of one, please release every reasonably segregable portion, as "
            + "5 U.S.C. § 552(b) requires, indicate where and how much information was deleted, and cite the specific "
            + "exemption you rely on for each withholding.");
        parts.Add(FoiaLetterPart.ResponseTime,
            string.Create(CultureInfo.InvariantCulture,
                $"I look forward to your determination within {FoiaDeadlines.ResponseWorkingDays} working days of receipt, as 5 U.S.C. § 552(a)(6)(A)(i) provides."));
        parts.Add(FoiaLetterPart.Contact, Contact(request));
        parts.Add(FoiaLetterPart.Identity, request.OwnRecords ? Identity(request, today) : null);
        parts.Add(FoiaLetterPart.Signature, Signature(request));

        return parts.Build(subject);
    }

    /// <summary>"Freedom of Information Act Request: {topic}", on one line whatever the topic holds.</summary>
    public static string SubjectLine(string? topic)
    {
        var text = FoiaText.SingleLine(topic);
        if (text.StartsWith(SubjectPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        return text.Length == 0 ? SubjectPrefix : SubjectPrefix + ": " + text;
    }

    internal static string Recipient(FoiaRequest request, Agency? agency)
    {
        var lines = new List<string> { "FOIA Officer" };
        if (agency is not null)
        {
            if (agency.FoiaOffice.Length > 0)
            {
                lines.Add(agency.FoiaOffice);
            }

            lines.Add(agency.Name);
            lines.AddRange(agency.MailingAddress);
        }
        else if (FoiaText.SingleLine(request.AgencyName) is { Length: > 0 } name)
        {
            lines.Add(name);
        }

        return string.Join("\n", lines);
    }

    private static string? Records(string description)
    {
        var text = FoiaText.Paragraphs(description);
        return text.Length == 0 ? null : "Records requested:\n" + text;
    }

    private static string? DateRange(FoiaRequest request)
    {
        var from = request.DateRangeFrom is { } f ? FoiaText.LongDate(f) : null;
        var to = request.DateRangeTo is { } t ? FoiaText.LongDate(t) : null;

        // An open end is the present: a range with a start and no end can mean nothing else. "The present" is pinned
        // to the start of the search because agencies otherwise choose their own cut-off date.
        return (from, to, request.ToPresent) switch
        {
            (not null, _, true) or (not null, null, false) =>
                $"This request covers records from {from} to the present, meaning the date on which you begin your search.",
            (not null, not null, false) => $"This request covers records from {from} to {to}.",
            (null, not null, _) => $"This request covers records dated on or before {to}.",
            _ => null,
        };
    }

    private static string? Questions(IReadOnlyList<string> questions)
    {
        var list = questions.Select(FoiaText.SingleLine).Where(q => q.Length > 0).ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder("The records I am asking for should answer, or help answer, these questions:");
        for (var i = 0; i < list.Count; i++)
        {
            sb.Append('\n').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(list[i]);
        }

        // FOIA reaches existing records only; saying so up front heads off a "we do not answer questions" reply.
        sb.Append("\n\nI am not asking you to answer these questions or to create records, only for the existing records that address them.");
        return sb.ToString();
    }

    private static string Fees(FoiaRequest request)
    {
        var category = request.FeeCategory switch
        {
            FeeCategory.Commercial =>
                "Fee category: this request is for a commercial use, and I understand that fees for search, review "
                + "and duplication may apply (5 U.S.C. § 552(a)(4)(A)(ii)(I)).",
            FeeCategory.EducationalOrScientific =>
                $"Fee category: this request is made on behalf of {Institution(request)}"
                + "for scholarly or scientific research, not for a commercial use, so fees are limited to duplication, "
                + "with the first 100 pages free (5 U.S.C. § 552(a)(4)(A)(ii)(II) and (iv)(II)).",
            FeeCategory.NewsMedia =>
                $"Fee category: I am a representative of the news media{Outlet(request)} and seek these records to gather news, not for "
                + "a commercial use, so fees are limited to duplication, with the first 100 pages free "
                + "(5 U.S.C. § 552(a)(4)(A)(ii)(II) and (iv)(II)).",
            _ =>
                "Fee category: I seek these records for a noncommercial purpose, so fees are limited to search and "
                + "duplication, with the first two hours of search and the first 100 pages free "
                + "(5 U.S.C. § 552(a)(4)(A)(ii)(III) and (iv)(II)).",
        };

        var limit = request.MaxFee > 0
            ? $"I am willing to pay fees of up to {FoiaText.Dollars(request.MaxFee)}. If the fees will exceed that amount, please tell me before you incur them."
            : "I am not willing to pay any fees without being asked first: please tell me before you incur any.";
        return category + " " + limit;
    }

    // The two reduced-fee categories turn on who the requester writes or researches for, so the letter names it.
    internal static string Institution(FoiaRequest request) =>
        FoiaText.SingleLine(request.Organization ?? "") is { Length: > 0 } name
            ? name + ", an educational or noncommercial scientific institution, "
            : "an educational or noncommercial scientific institution ";

    internal static string Outlet(FoiaRequest request) =>
        FoiaText.SingleLine(request.Organization ?? "") is { Length: > 0 } name ? ", writing for " + name + "," : "";

    private static string FeeWaiver(FoiaRequest request)
    {
        var sb = new StringBuilder(
            "Fee waiver: I request a waiver of all fees under 5 U.S.C. § 552(a)(4)(A)(iii). Disclosure of the "
            + "requested information is in the public interest because it is likely to contribute significantly to "
            + "public understanding of the operations or activities of the government, and it is not primarily in my "
            + "commercial interest.");
        if (FoiaText.Paragraphs(request.FeeWaiverJustification) is { Length: > 0 } why)
        {
            sb.Append("\n\n").Append(why);
        }

        sb.Append("\n\nIf the waiver is denied, the fee limit stated above still applies.");
        return sb.ToString();
    }

    private static string Expedited(FoiaRequest request, Agency? agency)
    {
        var ground = ExpeditedGroundClause(request, agency);
        var sb = new StringBuilder("Expedited processing: I request expedited processing under 5 U.S.C. § 552(a)(6)(E)")
            .Append(ground).Append('.');
        if (FoiaText.Paragraphs(request.ExpeditedJustification) is { Length: > 0 } why)
        {
            sb.Append("\n\n").Append(why);
        }

        // The statute asks for this certification; the letter makes it only when the requester has made it.
        if (request.ExpeditedCertified)
        {
            sb.Append("\n\nI certify that the statements above are true and correct to the best of my knowledge and "
                + "belief (5 U.S.C. § 552(a)(6)(E)(vi)).");
        }

        sb.Append("\n\nPlease notify me of your decision on expedited processing within 10 days, as "
            + "5 U.S.C. § 552(a)(6)(E)(ii)(I) requires.");
        return sb.ToString();
    }

    /// <summary>The ground the request claimed for expedited processing, as a clause that follows "under 5 U.S.C. § 552(a)(6)(E)"
    /// (empty when none was chosen); an appeal of its denial restates it in the same words.</summary>
    internal static string ExpeditedGroundClause(FoiaRequest request, Agency? agency) => request.ExpeditedGround switch
    {
        ExpeditedGround.ImminentThreatToLifeOrSafety =>
            " because there is a compelling need for the records: failure to obtain them on an expedited basis "
            + "could reasonably be expected to pose an imminent threat to the life or physical safety of an "
            + "individual (5 U.S.C. § 552(a)(6)(E)(v)(I))",
        ExpeditedGround.UrgencyToInformThePublic =>
            " because there is a compelling need for the records: I am a person primarily engaged in disseminating "
            + "information, and there is an urgency to inform the public concerning actual or alleged Federal "
            + "Government activity (5 U.S.C. § 552(a)(6)(E)(v)(II))",
        ExpeditedGround.AgencyRule when AgencyGround(request, agency) is { } own => own,
        _ => "",
    };

    // The agency's own ground, quoted as its regulation words it and cited, so the officer finds the rule at once.
    private static string? AgencyGround(FoiaRequest request, Agency? agency)
    {
        var chosen = (request.ExpeditedAgencyGround ?? "").Trim();
        if (agency?.HasExpeditedGround(chosen) != true)
        {
            return null;
        }

        var rule = agency.ExpeditedSource is { } source ? ShortCitation(source.Citation) : "the agency's regulation";
        return $" and {rule}, on this ground of the agency's regulation: \u201C{chosen.TrimEnd('.')}\u201D";
    }

    // A directory citation reads "28 CFR 16.5(e)(1)(iii)-(iv): https://..."; a letter cites the rule, not the address.
    private static string ShortCitation(string citation) =>
        citation.IndexOf(": http", StringComparison.Ordinal) is var at and > 0 ? citation[..at] : citation;

    private static string Format(RecordFormat format) => format switch
    {
        RecordFormat.Paper => "Format: please provide paper copies of the records, sent to my postal address below.",
        _ => "Format: please provide the records in electronic form, as 5 U.S.C. § 552(a)(3)(B) provides for records "
            + "readily reproducible in that form: searchable PDF files, or spreadsheets and e-mails in their native "
            + "format, sent by e-mail or made available for download.",
    };

    // Asking under both Acts gets whatever either releases: the Privacy Act can open a file that a FOIA exemption
    // closes, and FOIA reaches records outside a system of records.
    private const string PrivacyAct =
        "These records are about me. I also request them under the Privacy Act of 1974, 5 U.S.C. § 552a(d)(1), and ask "
        + "that you process this request under both Acts, so that I receive any record or part that either one makes available.";

    // The sworn statement of 28 U.S.C. § 1746(2), which agencies accept in place of a notarized signature, with the
    // details they search and verify by and the warning of 5 U.S.C. § 552a(i)(3) that their identity forms carry.
    private static string Identity(FoiaRequest request, DateOnly today)
    {
        var born = request.DateOfBirth is { } birthday ? " I was born on " + FoiaText.LongDate(birthday) : " I was born";
        var place = FoiaText.SingleLine(request.PlaceOfBirth) is { Length: > 0 } where ? " in " + where : "";
        var sb = new StringBuilder("Verification of identity: I am the person these records are about. My full name is ")
            .Append(FoiaText.SingleLine(request.FullName)).Append('.').Append(born).Append(place)
            .Append(". My current address is given below.");
        if (request.IdentityDeclared)
        {
            sb.Append("\n\nI declare under penalty of perjury that the foregoing is true and correct. I understand that "
                + "knowingly and willfully requesting or obtaining records about another person under false pretenses is "
                + "punishable by a fine of up to $5,000 (5 U.S.C. § 552a(i)(3)). Executed on ")
                .Append(FoiaText.LongDate(today)).Append('.');
        }

        return sb.ToString();
    }

    private static string? Contact(FoiaRequest request)
    {
        var email = FoiaText.SingleLine(request.Email);
        var phone = FoiaText.SingleLine(request.Phone);
        var ways = new List<string>();
        if (email.Length > 0)
        {
            ways.Add("by e-mail at " + email);
        }

        if (phone.Length > 0)
        {
            ways.Add("by telephone at " + phone);
        }

        return ways.Count == 0
            ? null
            : "If you have any questions about this request, or if talking would help to narrow it, please contact me "
                + string.Join(" or ", ways) + ".";
    }

    internal static string Signature(FoiaRequest request)
    {
        var lines = new List<string> { "Sincerely,", "" };
        void AddLine(string? text)
        {
            if (FoiaText.SingleLine(text) is { Length: > 0 } line)
            {
                lines.Add(line);
            }
        }

        AddLine(request.FullName);
        AddLine(request.Organization);
        lines.AddRange(FoiaText.Lines(request.PostalAddress));
        AddLine(request.Email);
        AddLine(request.Phone);
        return string.Join("\n", lines);
    }
}

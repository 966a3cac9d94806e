using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters.Foia;

/// <summary>What the directory says about an e-mail contact line a FOIA brief prints.</summary>
public enum ContactVerdict
{
    /// <summary>The agency's source says it no longer takes FOIA requests by e-mail (DHS and its components since 2026-01-22).</summary>
    NotAccepted,

    /// <summary>The agency takes requests by e-mail, but the directory lists another address for them (checked facts only).</summary>
    NotTheRequestAddress,
}

/// <summary>An e-mail contact line of a brief that is not a way to file, with the agency and the rule behind it.</summary>
/// <param name="Address">The contact line as the brief prints it.</param>
/// <param name="Verdict">Why it is not a way to file.</param>
/// <param name="Agency">The directory agency the address or the action belongs to.</param>
public sealed record ContactNote(string Address, ContactVerdict Verdict, Agency Agency)
{
    /// <summary>One sentence a page shows beside the address.</summary>
    public string Message => Verdict switch
    {
        ContactVerdict.NotAccepted => Agency.Accepts(DeliveryChannel.Portal)
            ? $"Not a way to file: the {Agency.Name} generally no longer accepts FOIA requests by e-mail. File through {Agency.PortalUrl} instead."
            : $"Not a way to file: the {Agency.Name} generally no longer accepts FOIA requests by e-mail.",
        _ => $"Not the address the {Agency.Name} lists for FOIA requests; its request address is {Agency.Email}.",
    };
}

/// <summary>
/// Checks a FOIA brief's e-mail contact lines against the directory, so that an address the agency no longer accepts
/// (a DHS component's old FOIA mailbox) is labelled as such and never offered as a way to file.
/// </summary>
public static class BriefContactCheck
{
    /// <summary>
    /// The notes for <paramref name="action"/>'s e-mail contact lines and the addresses its texts mention, keyed by the
    /// address as printed; empty for other actions.
    /// </summary>
    /// <remarks>
    /// An address is judged by the agency its own domain names (uscis.foia@dhs.gov is USCIS), and failing that by the
    /// agency the action is addressed to. An address of an agency the directory does not know is left alone.
    /// </remarks>
    public static IReadOnlyDictionary<string, ContactNote> Check(BriefAction action, AgencyDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(directory);
        var notes = new Dictionary<string, ContactNote>(StringComparer.Ordinal);
        if (action.Channel != ActionChannel.Foia)
        {
            return notes;
        }

        var addressedTo = directory.Match(action);
        // The contact lines, and the addresses written in the action's texts ("How to file: e-mail ..."): neither may be
        // offered as a way to file when the agency no longer takes requests there.
        foreach (var line in action.Contacts.Emails.Concat(action.Mentioned.Emails).Distinct(StringComparer.Ordinal))
        {
            var address = ContactLine.WithoutMailto(line);
            if (Judge(address, directory.Find(address) ?? addressedTo) is { } verdict)
            {
                notes[line] = new ContactNote(line, verdict.Verdict, verdict.Agency);
            }
        }

        return notes;
    }

    private static (ContactVerdict Verdict, Agency Agency)? Judge(string address, Agency? agency)
    {
        // Only checked facts may call a printed address wrong: a stale directory row is no ground to contradict the brief.
        if (agency is null || !agency.Source.Verified)
        {
            return null;
        }

        if (agency.Refuses(DeliveryChannel.Email))
        {
            return (ContactVerdict.NotAccepted, agency);
        }

        return !agency.Accepts(DeliveryChannel.Email) || string.Equals(agency.Email, address.Trim(), StringComparison.OrdinalIgnoreCase)
            ? null
            : (ContactVerdict.NotTheRequestAddress, agency);
    }
}

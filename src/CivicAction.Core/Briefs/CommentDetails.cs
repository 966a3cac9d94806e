using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>
/// Where a public comment goes: the comment page the brief gives (a Regulations.gov docket first, then any address
/// that speaks of a docket or comments, then the first web address of its contact lines), and the docket ID when the
/// brief names one ("EPA-HQ-OAR-2021-0317", "FDA-2013-N-0500": agency, offices, year, sequence). Null when not written.
/// </summary>
public sealed partial record CommentDetails(string? Address, string? DocketId)
{
    public static CommentDetails Of(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var urls = action.Contacts.Urls.Concat(action.Mentioned.Urls).ToList();
        var address = urls.FirstOrDefault(u => u.Contains("regulations.gov", StringComparison.OrdinalIgnoreCase))
            ?? urls.FirstOrDefault(u => CommentAddress().IsMatch(u))
            ?? action.Contacts.Urls.FirstOrDefault();
        var docket = urls.Prepend(address ?? "").Concat(ActionTexts.Of(action))
            .Select(t => DocketPattern().Match(t)).FirstOrDefault(m => m.Success)?.Groups["docket"].Value;
        return new CommentDetails(address, docket);
    }

    [GeneratedRegex(@"docket|comment", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CommentAddress();

    // A document ID is its docket's ID and a sequence ("EPA-HQ-OAR-2021-0317-0001"): the docket is the part before it.
    [GeneratedRegex(@"(?<![A-Za-z0-9-])(?<docket>[A-Z]{2,10}(?:-[A-Z0-9]{1,10}){0,3}-(?:19|20)\d{2}(?:-[A-Z]{1,4})?-\d{3,6})(?:-\d{3,6})?(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex DocketPattern();
}

using CivicAction.Core.Briefs;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Calls;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Stories;

namespace CivicAction.Web.Features.Calls;

/// <summary>A call action of a story, with whom it is to.</summary>
public sealed record CallAction(StoryDocument Story, BriefAction Action, CallDetails Details)
{
    public string Slug => Story.Slug;

    public int Number => Action.Number;

    public string BasePath => ActionLinks.DraftPath(Slug, Number, DraftKind.Call)!;

    public bool ToCongress => Details.To == CallTarget.Congress;

    /// <summary>The members the action asks to call, from those who represent the person.</summary>
    public IReadOnlyList<CongressMember> MembersToCall(Delegation delegation)
    {
        ArgumentNullException.ThrowIfNull(delegation);
        return Details.Members switch
        {
            CongressMembers.Senators => delegation.Senators,
            CongressMembers.Representative => delegation.House.Member is { } member ? [member] : [],
            _ => delegation.Members,
        };
    }
}

/// <summary>One number to dial, as the page shows it.</summary>
public sealed record PhoneNumber(string Label, string Number)
{
    public string Href => "tel:" + ContactLine.PhoneDigits(Number);
}

/// <summary>
/// One call to make: to a member (with their Washington and district office numbers) or to the brief's numbers,
/// the script filled for them, and the one-time key of its outcome form.
/// </summary>
public sealed record CallCard(string Key, string Label, CongressMember? Member, IReadOnlyList<PhoneNumber> Phones, CallScript Script, string TallyKey)
{
    public static IReadOnlyList<PhoneNumber> PhonesOf(CongressMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var phones = new List<PhoneNumber>();
        if (member.Phone is { } washington)
        {
            phones.Add(new PhoneNumber(CallStrings.Text("Phone.Washington"), washington));
        }

        phones.AddRange(member.DistrictOffices.Where(o => !string.IsNullOrWhiteSpace(o.Phone))
            .Select(o => new PhoneNumber(CallStrings.Format("Phone.District", o.City, CongressText.Office(o)), o.Phone!)));
        return phones;
    }
}

/// <summary>Where a form on the call page comes back to: the lookup, which holds nothing personal.</summary>
public sealed record CallReturn(string? Zip, string? Seat)
{
    public string Query(string basePath)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Zip))
        {
            parts.Add("zip=" + Uri.EscapeDataString(Zip.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(Seat))
        {
            parts.Add("seat=" + Uri.EscapeDataString(Seat.Trim()));
        }

        return parts.Count == 0 ? basePath : basePath + "?" + string.Join('&', parts);
    }
}

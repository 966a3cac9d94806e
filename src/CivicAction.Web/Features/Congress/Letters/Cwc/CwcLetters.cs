using CivicAction.Core.Congress;
using CivicAction.Core.Deadlines;
using CivicAction.Core.Letters.Congress;
using CivicAction.Core.Letters.Congress.Cwc;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.Congress.Letters.Cwc;

/// <summary>
/// Which offices the site reaches through Communicating with Congress, and the message it holds for each: composed
/// once, from the letter as the letters page drafted it (the person's own paragraph included) and the posted details.
/// </summary>
public sealed class CwcLetters(IOptions<CwcOptions> options, TimeProvider clock)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>The member's CWC office code when CWC is on and the office can be named; else null.</summary>
    public string? OfficeFor(CongressMember? member)
    {
        if (!Enabled || member is null)
        {
            return null;
        }

        return member.Chamber == Chamber.Senate
            ? CwcOfficeCode.Senate(member.State, member.SenateClass)
            : CwcOfficeCode.House(member.State, member.District ?? DistrictNumber.AtLarge);
    }

    /// <summary>The topic a fresh form starts with: what the action's own words suggest.</summary>
    public static string SuggestedTopic(CongressAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return CwcTopics.Suggest([action.Action.Title, action.Action.Subject, action.Story.Brief.Headline, .. action.Story.Brief.Tags.Select(t => t.Name)]);
    }

    /// <summary>The message for one letter, with a new DeliveryId, dated today in Washington; or why it cannot be sent.</summary>
    public CwcBuild Compose(MemberLetter letter, LetterDetails details, string topic)
    {
        ArgumentNullException.ThrowIfNull(letter);
        ArgumentNullException.ThrowIfNull(details);
        var constituent = new CwcConstituent(
            details.Prefix?.Trim() ?? "",
            details.FirstName?.Trim() ?? "",
            details.LastName?.Trim() ?? "",
            details.Street?.Trim() ?? "",
            details.City?.Trim() ?? "",
            UsStates.TryFind(details.State, out var state) ? state.Code : details.State ?? "",
            ZipCode.TryParse(details.Zip, out var zip, out _) ? zip.ToString() : details.Zip ?? "",
            details.Email?.Trim() ?? "");
        var message = new CwcLetter(
            CwcMessageBuilder.NewDeliveryId(), FederalDate.Today(clock), letter.Delivery.CwcOffice ?? "", letter.Letter.Subject, topic, letter.Letter.Body);
        return CwcMessageBuilder.Build(options.Value.Agent(), constituent, message);
    }
}

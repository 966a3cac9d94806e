using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Congress;
using Microsoft.Extensions.Options;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Features.Stories;
using CivicAction.Core.Letters;
using CivicAction.Web.Features.Congress.Letters.Cwc;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>A story's letter to the reader's members of Congress, with the placeholders the reader fills in.</summary>
public sealed record CongressAction(StoryDocument Story, BriefAction Action, IReadOnlyList<string> Extras)
{
    public string Slug => Story.Slug;


    public int Number => Action.Number;

    public string BasePath => ActionLinks.DraftPath(Slug, Number, DraftKind.CongressLetter)!;
}

/// <summary>Who the letters go to, or why nobody could be found.</summary>
public sealed record LetterRecipients(IReadOnlyList<LetterTarget> Targets, Delegation? Delegation, string? Error);

/// <summary>
/// Everything the "Write to Congress" pages do besides rendering: find the action, resolve the
/// members (from the data by seat, or typed by the person), draft one letter per member, and
/// work out which delivery channels each office honestly has.
/// </summary>
public sealed class CongressWriting(
    StoryStore stories, CongressStore congress, IOptions<CongressDeliveryOptions> delivery, IOptions<SmtpOptions> smtp, CwcLetters cwc,
    ContactFormStore forms)
{
    /// <summary>Letters can go through Communicating with Congress (the operator is a registered delivery agent).</summary>
    public bool CwcEnabled => cwc.Enabled;

    /// <summary>The action when it is a letter to the reader's own members of Congress; else null (the page is not found).</summary>
    public CongressAction? Find(string slug, int number)
    {
        return stories.FindAction(slug, number, DraftKind.CongressLetter) is { } found
            ? new CongressAction(found.Story, found.Action, CongressLetterDrafter.ExtraPlaceholders(found.Action))
            : null;
    }

    public bool SmtpEnabled => smtp.Value.Enabled;

    public LetterRecipients Recipients(LetterDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (string.IsNullOrWhiteSpace(details.Seat))
        {
            var typed = details.Typed
                .Select((m, i) => (m, i))
                .Where(x => !string.IsNullOrWhiteSpace(x.m.Name) && TypedMember.Titles.Contains(x.m.Title ?? "", StringComparer.Ordinal))
                .Select(x => LetterTarget.Typed(x.i, x.m.Title!, x.m.Name!))
                .ToList();
            return new LetterRecipients(typed, null, null);
        }

        if (!Seats.TryParse(details.Seat, out var state, out var number))
        {
            return new LetterRecipients([], null, LetterStrings.Text("Writing.SeatNotUnderstood"));
        }

        var lookup = congress.FindDelegation(state, number);
        if (lookup.Delegation is not { } delegation)
        {
            return new LetterRecipients([], null, lookup.Error);
        }

        return delegation.Members.Count == 0
            ? new LetterRecipients([], delegation, LetterStrings.Text("Writing.NobodyHolds"))
            : new LetterRecipients(delegation.Members.Select(LetterTarget.From).ToList(), delegation, null);
    }

    public IReadOnlyList<MemberLetter> Draft(CongressAction action, LetterDetails details, IReadOnlyList<LetterTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(targets);
        var constituent = details.ToConstituent();
        var values = details.Values(action.Extras);
        var described = forms.Find(targets.Where(t => t.Member is not null).Select(t => t.Key));
        return targets.Select(t =>
            {
                var drafted = CongressLetterDrafter.Draft(action.Action, constituent, t.Recipient, values, details.Personal);
                var letter = new MemberLetter(
                    t, drafted, CongressLetterDrafter.PhoneScript(action.Action, constituent, t.Recipient, values), Channels(t.Member))
                {
                    ContactForm = described.GetValueOrDefault(t.Key),
                };
                return WithEdit(letter, details.Edits.GetValueOrDefault(t.Key));
            })
            .ToList();
    }

    /// <summary>
    /// The person's version of the letter, when they changed it: what it says is what is delivered, with its own checks
    /// (shown next to its box). A text box sent back unchanged is no edit, so later changes to the details still reach it.
    /// </summary>
    private static MemberLetter WithEdit(MemberLetter letter, LetterEdit? edit)
    {
        if (edit is null || !edit.Differs(letter.Letter))
        {
            return letter;
        }

        return letter with
        {
            Letter = edit.ApplyTo(letter.Letter),
            Edited = true,
            EditErrors = LetterCheckTexts.Localize(LetterEditChecks.Check(letter.Target.Key, edit)),
        };
    }

    public DeliveryChannels Channels(CongressMember? member)
    {
        if (member is null)
        {
            return DeliveryChannels.None;
        }

        var email = delivery.Value.AddressFor(member.BioguideId);
        var office = cwc.OfficeFor(member);
        return new DeliveryChannels(
            member.ContactFormUrl ?? member.WebsiteUrl,
            member.ContactFormUrl is not null,
            string.IsNullOrWhiteSpace(member.Phone) ? null : member.Phone,
            email,
            (email is not null || office is not null) && smtp.Value.Enabled,
            office);
    }
}

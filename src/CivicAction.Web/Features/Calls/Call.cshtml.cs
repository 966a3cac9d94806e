using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Calls;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Shared;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.RateLimits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CivicAction.Web.Features.Calls;

/// <summary>
/// A call: for one to the person's members of Congress, the same lookup as the letters (a GET, nothing personal),
/// then per member the numbers, the script and an outcome to record; for a call to a number, the script and the
/// number. The name and city that fill the script are posted (they are personal) and never stored: the answer is
/// the page itself, not cached by anyone.
/// </summary>
[EnableRateLimiting(RateLimits.Draft)]
public sealed class CallModel(StoryStore stories, CongressLookup lookup, CallTallyStore tally, CallKeys keys) : PageModel
{
    public const int MaxLength = 100;

    public CallAction Action { get; private set; } = null!;

    /// <summary>The lookup, for a call to Congress; null for a call to a number.</summary>
    public LookupView? Lookup { get; private set; }

    public IReadOnlyList<CallCard> Cards { get; private set; } = [];

    /// <summary>The members the brief asks for are not there (no senators for DC): the ones who are, instead.</summary>
    public bool OthersInstead { get; private set; }

    public CallTally Tally { get; private set; } = null!;

    public Caller Caller { get; private set; } = Caller.Nobody;

    public IReadOnlyList<FieldCheck> CallerErrors { get; private set; } = [];

    public CallReturn Return { get; private set; } = new(null, null);

    /// <summary>Every finding of the lookup and of the name and city, for the summary at the top.</summary>
    public IReadOnlyList<FieldCheck> Errors => [.. Lookup?.Errors ?? [], .. CallerErrors];

    public ErrorSummaryView Summary => new(SharedStrings.Text("Form.Problem"), Errors, FieldIds.For);

    /// <summary>What the last outcome form said: recorded (with the outcome), or nothing chosen.</summary>
    public CallOutcome? Recorded { get; private set; }

    public bool NothingChosen { get; private set; }

    public IActionResult OnGet(string slug, int number, string? zip, string? state, string? district, string? seat, bool choose = false,
        string? recorded = null, bool unchosen = false)
    {
        if (!Prepare(slug, number, zip, state, district, seat, choose, Caller.Nobody))
        {
            return NotFound();
        }

        Recorded = CallOutcomes.TryParse(recorded, out var outcome) ? outcome : null;
        NothingChosen = unchosen;
        return Page();
    }

    /// <summary>
    /// The person's name and city, to fill the scripts in; the lookup comes along in hidden fields. An outcome recorded
    /// without script arrives here too (see <see cref="OutcomeModel"/>), with what it recorded in the query.
    /// </summary>
    public IActionResult OnPost(string slug, int number, string? zip, string? seat, string? name, string? city,
        [FromQuery] string? recorded = null, [FromQuery] bool unchosen = false)
    {
        Response.Headers.CacheControl = "no-store";
        var errors = new List<FieldCheck>();
        Check(errors, "name", CallStrings.Text("Check.Name"), name);
        Check(errors, "city", CallStrings.Text("Check.City"), city);
        CallerErrors = errors;
        var caller = errors.Count == 0 ? new Caller(name, city) : Caller.Nobody;
        if (!Prepare(slug, number, zip, null, null, seat, false, caller))
        {
            return NotFound();
        }

        Caller = new Caller(name, city);
        Recorded = CallOutcomes.TryParse(recorded, out var outcome) ? outcome : null;
        NothingChosen = unchosen;
        return Page();
    }

    private static void Check(List<FieldCheck> errors, string field, string label, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > MaxLength)
        {
            errors.Add(FieldCheck.Blocking(field, "too-long", CallStrings.Format("Check.TooLong", label, value.Length, MaxLength)));
        }
        else if (value.Any(char.IsControl))
        {
            errors.Add(FieldCheck.Blocking(field, "line-break", CallStrings.Format("Check.OneLine", label)));
        }
    }

    private bool Prepare(string slug, int number, string? zip, string? state, string? district, string? seat, bool choose, Caller caller)
    {
        if (stories.FindAction(slug, number, DraftKind.Call) is not { } found || found.Action.Call is not { } details)
        {
            return false;
        }

        Action = new CallAction(found.Story, found.Action, details);
        Tally = tally.For(slug, number);
        if (!Action.ToCongress)
        {
            var phones = details.Phones.Distinct(StringComparer.Ordinal).Select(p => new PhoneNumber(CallStrings.Text("Phone.Brief"), p)).ToList();
            Cards = [new CallCard("number", CallStrings.Text("Card.NumberLabel"), null, phones, CallScripts.For(found.Action, caller, null), keys.Issue())];
            return true;
        }

        Lookup = lookup.Run(new LookupInput(zip, state, district, seat, choose, Typed: false));
        if (Lookup.Delegation is { } delegation)
        {
            Return = new CallReturn(zip, Seats.Value(delegation.House.District));
            var members = Action.MembersToCall(delegation);
            OthersInstead = members.Count == 0 && delegation.Members.Count > 0;
            var withState = caller with { State = delegation.State.Code, Zip = Lookup.Zip?.Zip?.Five };
            Cards = (OthersInstead ? delegation.Members : members)
                .Select(m => new CallCard(m.BioguideId, $"{CongressText.Title(m.Title)} {m.OfficialName}", m, CallCard.PhonesOf(m),
                    CallScripts.For(found.Action, withState, m.ToRecipient()), keys.Issue()))
                .ToList();
        }

        return true;
    }
}

using CivicAction.Web.Platform.Hosting;
using CivicAction.Core.Congress;
using CivicAction.Core.Letters;
using CivicAction.Core.Letters.Congress;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Shared;
using CivicAction.Web.Features.Congress.Letters.Cwc;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>The Congress forms' error summary: titled as GOV.UK-style forms are, linking to the fields' ids.</summary>
public static class CongressForms
{
    public static ErrorSummaryView Summary(IReadOnlyList<FieldCheck> errors) => new(LetterStrings.Text("Form.Problem"), errors, FieldIds.For);
}

/// <summary>
/// The details in hidden fields, for a form that posts them on; <paramref name="ShownInForm"/> is the member whose letter
/// the form shows in its own boxes, so that its edit is not posted twice.
/// </summary>
public sealed record HiddenDetailsView(LetterDetails Details, string? ShownInForm = null);

/// <summary>A select of fixed choices (the CWC title and topic), with an empty first option when the choice is optional.</summary>
public sealed record ChoiceView(FieldView Field, IReadOnlyList<string> Choices, string? Empty);

/// <summary>The details form: for a looked-up delegation (seat set) or for typed names.</summary>
public sealed record DetailsFormView(
    CongressAction Action, LetterDetails Details, Delegation? Delegation, IReadOnlyList<FieldCheck> Errors, string? Problem = null)
{
    public const int TypedRows = 3;

    /// <summary>The site delivers through Communicating with Congress, so the form asks its title and topic too.</summary>
    public bool AsksCwc { get; init; }

    /// <summary>The form as the site's delivery needs it: with CWC on, a topic chosen for the person to start from.</summary>
    public DetailsFormView ForCwc(bool cwc)
    {
        if (cwc && string.IsNullOrWhiteSpace(Details.Topic))
        {
            Details.Topic = CwcLetters.SuggestedTopic(Action);
        }

        return this with { AsksCwc = cwc };
    }

    public bool TypedNames => string.IsNullOrWhiteSpace(Details.Seat);

    public IReadOnlyList<FieldCheck> ChecksFor(string field) => Errors.Where(e => e.Field == field).ToList();

    public ErrorSummaryView Summary => CongressForms.Summary(Errors);

    public FieldView Field(string name, string label, string? value, string? autocomplete = null, string? hint = null,
        string type = "text", int maxLength = 200, string? inputMode = null) =>
        new(name, label, value, ChecksFor(name), autocomplete, hint, type, maxLength, inputMode);

    /// <summary>A fresh form for the members of a delegation, with the state and ZIP the lookup already knows.</summary>
    public static DetailsFormView ForDelegation(CongressAction action, Delegation delegation, string? zip) =>
        new(action, new LetterDetails
        {
            Seat = Seats.Value(delegation.House.District),
            State = delegation.State.Code,
            Zip = ZipCode.TryParse(zip, out var parsed, out _) ? parsed.ToString() : null,
        }, delegation, []);

    /// <summary>A fresh form with empty rows for typing the members' names: two senators and a representative.</summary>
    public static DetailsFormView ForTypedNames(CongressAction action) =>
        new(action, new LetterDetails
        {
            Typed = [new() { Title = "Senator" }, new() { Title = "Senator" }, new() { Title = "Representative" }],
        }, null, []);

    /// <summary>The typed rows to show: what was posted, padded to <see cref="TypedRows"/>.</summary>
    public IReadOnlyList<TypedMember> TypedRowsToShow() =>
        Details.Typed.Concat(Enumerable.Range(0, Math.Max(0, TypedRows - Details.Typed.Count)).Select(_ => new TypedMember())).Take(6).ToList();
}

/// <summary>The letters page: one drafted letter per member with its delivery options, and "send for me" where possible.</summary>
public sealed record LettersView(
    CongressAction Action,
    LetterDetails Details,
    Delegation? Delegation,
    IReadOnlyList<MemberLetter> Letters,
    DataAsOf Data,
    bool SmtpEnabled,
    IReadOnlyList<FieldCheck> SendErrors)
{
    public IReadOnlyList<MemberLetter> SendForMe => Letters.Where(l => l.Delivery.SendForMe).ToList();

    /// <summary>Everything the page must report at its top: the send choice, and what stops an edited letter.</summary>
    public IReadOnlyList<FieldCheck> Errors => [.. SendErrors, .. Letters.SelectMany(l => l.EditErrors)];

    public bool AnyAddress => Letters.Any(l => l.Delivery.Email is not null);

    /// <summary>
    /// The address of the private page these letters get if sent, made when they are shown: the send form carries it,
    /// so the same form posted twice (a double press, a resubmit) lands on the one set it made, not on a second one.
    /// </summary>
    public string SendKey { get; init; } = SecretToken.New();

    /// <summary>The send key of each member's own "Send it for me" form (see <see cref="SendKey"/>).</summary>
    public IReadOnlyDictionary<string, string> MemberSendKeys { get; init; } =
        Letters.Where(l => l.Delivery.SendForMe).ToDictionary(l => l.Target.Key, _ => SecretToken.New(), StringComparer.Ordinal);
}

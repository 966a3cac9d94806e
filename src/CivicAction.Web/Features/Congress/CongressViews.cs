using System.Globalization;
using System.Text.RegularExpressions;
using CivicAction.Core.Congress;
using CivicAction.Web.Features.Congress.Letters;
using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Web.Features.Congress.ReferenceData;
using CivicAction.Core.Letters;
using CivicAction.Web.Features.Shared;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Web.Features.Congress;

/// <summary>
/// One labelled text input with its hint and error, wired for screen readers: the input names
/// both in aria-describedby and is aria-invalid while it has an error.
/// </summary>
public sealed record FieldView(
    string Name, string Label, string? Value, IReadOnlyList<FieldCheck> Checks,
    string? Autocomplete = null, string? Hint = null, string Type = "text", int MaxLength = 200, string? InputMode = null)
{
    public string Id => FieldIds.For(Name);

    public bool HasError => Checks.Count > 0;

    public FieldMessagesView Messages => new(Id, Checks);

    public string? DescribedBy
    {
        get
        {
            var ids = new[] { Hint is null ? null : Id + "-hint", HasError ? FieldMessagesView.MessageId(Id, 0) : null }.OfType<string>().ToList();
            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }
}

/// <summary>The Congress forms' error summary: titled as GOV.UK-style forms are, linking to the fields' ids.</summary>
public static class CongressForms
{
    public static ErrorSummaryView Summary(IReadOnlyList<FieldCheck> errors) => new("There is a problem", errors, FieldIds.For);
}

/// <summary>Element ids of form fields, so the error summary can link to each field.</summary>
public static partial class FieldIds
{
    public static string For(string name) => "f-" + NotWord().Replace(name, "-").Trim('-');

    [GeneratedRegex("[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotWord();
}

/// <summary>The details form: for a looked-up delegation (seat set) or for typed names.</summary>
public sealed record DetailsFormView(
    CongressAction Action, LetterDetails Details, Delegation? Delegation, IReadOnlyList<FieldCheck> Errors, string? Problem = null)
{
    public const int TypedRows = 3;

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
            Seat = CongressWriting.SeatValue(delegation.House.District),
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
    string FromAddress,
    IReadOnlyList<FieldCheck> SendErrors)
{
    public IReadOnlyList<MemberLetter> SendForMe => Letters.Where(l => l.Delivery.SendForMe).ToList();

    public bool AnyAddress => Letters.Any(l => l.Delivery.Email is not null);
}

/// <summary>How members, seats and dates read on the pages.</summary>
public static class CongressText
{
    private static readonly CultureInfo UsEnglish = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"June 15, 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", UsEnglish);

    public static string Date(DateTimeOffset when) => when.ToUniversalTime().ToString("MMMM d, yyyy, HH:mm 'UTC'", UsEnglish);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Washington's 7th district", "Vermont's at-large seat".</summary>
    public static string Seat(CongressionalDistrict district)
    {
        var state = UsStates.Get(district.State);
        return district.IsAtLarge ? $"{state.Name} at-large seat" : $"{state.Name}'s {Ordinal(district.Number)} district";
    }

    /// <summary>"Senior senator for Washington", "Representative for Washington's 7th district".</summary>
    public static string Role(CongressMember member)
    {
        var state = UsStates.Get(member.State);
        if (member.Chamber == Chamber.Senate)
        {
            return member.StateRank is { } rank ? $"{char.ToUpperInvariant(rank[0])}{rank[1..]} senator for {state.Name}" : $"Senator for {state.Name}";
        }

        return $"{member.Title} for {Seat(new CongressionalDistrict(member.State, member.District ?? DistrictNumber.AtLarge))}";
    }

    public static string ChamberName(CongressMember member) =>
        member.Chamber == Chamber.Senate ? "U.S. Senate" : "U.S. House of Representatives";

    public static string Ordinal(int number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>A web address as people read it: "www.ossoff.senate.gov/contact-us" (the link keeps the whole URL).</summary>
    public static string Display(string url)
    {
        var text = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url[8..]
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url[7..] : url;
        return text.TrimEnd('/');
    }

    /// <summary>Rows for a textarea that shows the whole letter on a desktop: wrapped lines counted at about 100 characters.</summary>
    public static int Rows(string text) =>
        Math.Clamp(text.Split('\n').Sum(line => Math.Max(1, (line.Length + 99) / 100)) + 1, 8, 40);

    /// <summary>"Seattle, WA 98103" for a district office.</summary>
    public static string Office(DistrictOffice office)
    {
        var street = string.Join(", ", new[] { office.Address, office.Suite, office.Building }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var city = $"{office.City}, {office.State} {office.Zip}".TrimEnd();
        return street.Length == 0 ? city : $"{street}, {city}";
    }
}

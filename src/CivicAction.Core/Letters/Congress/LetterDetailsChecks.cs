using CivicAction.Core.Congress;
using CivicAction.Core.Formats;
using CivicAction.Core.Letters.Congress.Cwc;

namespace CivicAction.Core.Letters.Congress;


/// <summary>
/// The details a letter needs, checked field by field with messages that say what to do.
/// Every field is a single line: a line break could start a new mail header, so it is refused
/// here (and stripped again when mail is composed).
/// </summary>
public static class LetterDetailsChecks
{
    public const int NameMax = 100;
    public const int StreetMax = 200;
    public const int CityMax = 100;
    public const int ExtraMax = 500;
    public const int PersonalMax = 2000;
    public const int PhoneMax = 30;

    public static List<FieldCheck> Check(LetterDetails details, IReadOnlyList<string> extras, UsState? districtState, bool typedNames)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(extras);
        var errors = new List<FieldCheck>();
        if (typedNames)
        {
            CheckTyped(details, errors);
        }

        Text(errors, "firstName", "your first name", details.FirstName, NameMax, "Enter your first name: offices answer constituents who sign with their name and address.");
        Text(errors, "lastName", "your last name", details.LastName, NameMax, "Enter your last name: offices answer constituents who sign with their name and address.");
        CheckChoice(errors, "prefix", details.Prefix, CwcPrefixes.All, "title");
        CheckChoice(errors, "topic", details.Topic, CwcTopics.All, "topic");
        Text(errors, "street", "your street address", details.Street, StreetMax, "Enter your street address: the office checks it to see that you live in the district.");
        Text(errors, "city", "your city", details.City, CityMax, "Enter your city or town.");
        CheckState(details.State, districtState, errors);
        if (FieldTextChecks.SingleLine(errors, "zip", "your ZIP code", details.Zip, 10) && !ZipCode.TryParse(details.Zip, out _, out var zipError))
        {
            errors.Add(FieldCheck.Blocking("zip", LetterCheckCodes.InvalidZip, zipError) with { Values = [details.Zip ?? ""] });
        }

        if (FieldTextChecks.SingleLine(errors, "email", "your e-mail address", details.Email, EmailAddress.MaxLength))
        {
            var email = details.Email?.Trim() ?? "";
            if (email.Length == 0)
            {
                errors.Add(FieldCheck.Blocking("email", LetterCheckCodes.Required, "Enter your e-mail address, e.g. name@example.org: offices reply to it."));
            }
            else if (!EmailAddress.IsValid(email))
            {
                errors.Add(FieldCheck.Blocking("email", LetterCheckCodes.InvalidEmail, $"'{email}' is not an e-mail address: expected something like name@example.org.") with { Values = [email] });
            }
        }

        if (FieldTextChecks.SingleLine(errors, "phone", "your phone number", details.Phone, PhoneMax) && !string.IsNullOrWhiteSpace(details.Phone)
            && !UsPhone(details.Phone))
        {
            errors.Add(FieldCheck.Blocking("phone", LetterCheckCodes.InvalidPhone,
                $"'{details.Phone.Trim()}' is not a US phone number: expected ten digits with the area code, e.g. 206-555-0100, or leave it empty.") with { Values = [details.Phone.Trim()] });
        }

        FieldTextChecks.Personal(errors, details.Personal, PersonalMax, "offices");
        for (var i = 0; i < extras.Count; i++)
        {
            Text(errors, $"extra[{i}]", $"“{extras[i]}”", details.ExtraValue(i), ExtraMax, $"Fill in “{extras[i]}”: it goes into the letter.", extras[i]);
        }

        return errors;
    }

    /// <summary>Ten digits (an optional leading 1), written with the usual separators: "(206) 555-0100", "+1 206.555.0100".</summary>
    private static bool UsPhone(string phone)
    {
        var text = phone.Trim();
        if (text.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '.' or '(' or ')' or '+')))
        {
            return false;
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 10 || (digits.Length == 11 && digits[0] == '1');
    }

    /// <summary>An optional choice from a fixed list: empty, or one of the list's values exactly.</summary>
    private static void CheckChoice(List<FieldCheck> errors, string field, string? value, IReadOnlyList<string> choices, string what)
    {
        if (!string.IsNullOrWhiteSpace(value) && !choices.Contains(value.Trim(), StringComparer.Ordinal))
        {
            errors.Add(choices.Count <= 10
                ? FieldCheck.Blocking(field, LetterCheckCodes.NotAChoice, $"Choose a {what} from the list: {string.Join(", ", choices)}.") with { Values = [string.Join(", ", choices)] }
                : FieldCheck.Blocking(field, LetterCheckCodes.NotAChoice, $"Choose a {what} from the list."));
        }
    }

    private static void CheckTyped(LetterDetails details, List<FieldCheck> errors)
    {
        var named = 0;
        for (var i = 0; i < details.Typed.Count; i++)
        {
            var member = details.Typed[i];
            if (string.IsNullOrWhiteSpace(member.Name))
            {
                continue;
            }

            named++;
            if (FieldTextChecks.SingleLine(errors, $"typed[{i}].name", "the member's name", member.Name, NameMax)
                && !TypedMember.Titles.Contains(member.Title ?? "", StringComparer.Ordinal))
            {
                errors.Add(FieldCheck.Blocking($"typed[{i}].title", LetterCheckCodes.NoTitle, $"Choose how {member.Name.Trim()} is addressed: Senator, Representative, Delegate or Resident Commissioner.") with { Values = [member.Name.Trim()] });
            }
        }

        if (named == 0)
        {
            errors.Add(FieldCheck.Blocking("typed[0].name", LetterCheckCodes.NoMember, "Type the name of at least one of your members of Congress, e.g. Maria Cantwell."));
        }
    }

    private static void CheckState(string? state, UsState? districtState, List<FieldCheck> errors)
    {
        if (!FieldTextChecks.SingleLine(errors, "state", "your state", state, 40))
        {
            return;
        }

        if (UsStates.Find(state, out var error) is not { } found)
        {
            errors.Add(FieldCheck.Blocking("state", LetterCheckCodes.InvalidState, error!) with { Values = [state ?? ""] });
        }
        else if (districtState is not null && found.Code != districtState.Code)
        {
            errors.Add(FieldCheck.Blocking("state", LetterCheckCodes.StateOutsideDistrict,
                $"Your address is in {found.Name}, but the members you looked up represent {districtState.Name}: members of Congress " +
                "answer only their own constituents. Correct your state, or look up the district where you live.") with { Values = [found, districtState] });
        }
    }

    // named: the blank's own name for a message that quotes it ("Fill in “Bill number”"), so a page can word it.
    private static void Text(List<FieldCheck> errors, string field, string what, string? value, int max, string whenEmpty, string? named = null)
    {
        if (FieldTextChecks.SingleLine(errors, field, what, value, max) && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(FieldCheck.Blocking(field, LetterCheckCodes.Required, whenEmpty) with { Values = named is null ? [] : [named] });
        }
    }

}

/// <summary>The stable identifiers of <see cref="LetterDetailsChecks"/>' findings.</summary>
public static class LetterCheckCodes
{
    public const string Required = "required";
    public const string LineBreakOrControl = "line-break-or-control";
    public const string TooLong = "too-long";
    public const string InvalidEmail = "invalid-email";
    public const string InvalidZip = "invalid-zip";
    public const string InvalidPhone = "invalid-phone";
    public const string InvalidState = "invalid-state";
    public const string StateOutsideDistrict = "state-outside-district";
    public const string NoTitle = "no-title";
    public const string NoMember = "no-member";
    public const string NotAChoice = "not-a-choice";
}

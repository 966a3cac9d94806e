using CivicAction.Core.Congress;
using CivicAction.Core.Formats;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>A message to show next to one field; <see cref="Field"/> is the input's name.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// The details a letter needs, checked field by field with messages that say what to do.
/// Every field is a single line: a line break could start a new mail header, so it is refused
/// here (and stripped again when mail is composed).
/// </summary>
public static class LetterDetailsCheck
{
    public const int NameMax = 100;
    public const int StreetMax = 200;
    public const int CityMax = 100;
    public const int ExtraMax = 500;

    public static List<FieldError> Check(LetterDetails details, IReadOnlyList<string> extras, UsState? districtState, bool typedNames)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(extras);
        var errors = new List<FieldError>();
        if (typedNames)
        {
            CheckTyped(details, errors);
        }

        Text(errors, "name", "your name", details.Name, NameMax, "Enter your name: offices answer constituents who sign with their name and address.");
        Text(errors, "street", "your street address", details.Street, StreetMax, "Enter your street address: the office checks it to see that you live in the district.");
        Text(errors, "city", "your city", details.City, CityMax, "Enter your city or town.");
        CheckState(details.State, districtState, errors);
        if (SingleLine(errors, "zip", "your ZIP code", details.Zip, 10) && !ZipCode.TryParse(details.Zip, out _, out var zipError))
        {
            errors.Add(new FieldError("zip", zipError));
        }

        if (SingleLine(errors, "email", "your e-mail address", details.Email, EmailAddress.MaxLength))
        {
            var email = details.Email?.Trim() ?? "";
            if (email.Length == 0)
            {
                errors.Add(new FieldError("email", "Enter your e-mail address, e.g. name@example.org: offices reply to it."));
            }
            else if (!EmailAddress.IsValid(email))
            {
                errors.Add(new FieldError("email", $"'{email}' is not an e-mail address: expected something like name@example.org."));
            }
        }

        for (var i = 0; i < extras.Count; i++)
        {
            Text(errors, $"extra[{i}]", $"“{extras[i]}”", details.ExtraValue(i), ExtraMax, $"Fill in “{extras[i]}”: it goes into the letter.");
        }

        return errors;
    }

    private static void CheckTyped(LetterDetails details, List<FieldError> errors)
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
            if (SingleLine(errors, $"typed[{i}].name", "the member's name", member.Name, NameMax)
                && !TypedMember.Titles.Contains(member.Title ?? "", StringComparer.Ordinal))
            {
                errors.Add(new FieldError($"typed[{i}].title", $"Choose how {member.Name.Trim()} is addressed: Senator, Representative, Delegate or Resident Commissioner."));
            }
        }

        if (named == 0)
        {
            errors.Add(new FieldError("typed[0].name", "Type the name of at least one of your members of Congress, e.g. Maria Cantwell."));
        }
    }

    private static void CheckState(string? state, UsState? districtState, List<FieldError> errors)
    {
        if (!SingleLine(errors, "state", "your state", state, 40))
        {
            return;
        }

        if (UsStates.Find(state, out var error) is not { } found)
        {
            errors.Add(new FieldError("state", error!));
        }
        else if (districtState is not null && found.Code != districtState.Code)
        {
            errors.Add(new FieldError("state",
                $"Your address is in {found.Name}, but the members you looked up represent {districtState.Name}: members of Congress " +
                "answer only their own constituents. Correct your state, or look up the district where you live."));
        }
    }

    private static void Text(List<FieldError> errors, string field, string what, string? value, int max, string whenEmpty)
    {
        if (SingleLine(errors, field, what, value, max) && string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, whenEmpty));
        }
    }

    /// <summary>False (with a message) when the value has a line break or is too long.</summary>
    private static bool SingleLine(List<FieldError> errors, string field, string what, string? value, int max)
    {
        if (value is null)
        {
            return true;
        }

        if (value.Any(char.IsControl))
        {
            errors.Add(new FieldError(field, $"Write {what} on one line: line breaks and other control characters are not allowed."));
            return false;
        }

        if (value.Trim().Length > max)
        {
            errors.Add(new FieldError(field, $"Shorten {what} to at most {max} characters."));
            return false;
        }

        return true;
    }
}

using CivicAction.Core.Briefs;
using CivicAction.Core.Congress;
using CivicAction.Core.Formats;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Core.Letters.Officials;

/// <summary>
/// The details of a letter to an official, field by field, with the same rules and codes as the details of a letter to
/// Congress: every field but the paragraph on one line, bounded, required, and no [bracketed] blank typed into it
/// (it would reach the official as a blank).
/// </summary>
public static class OfficialLetterChecks
{
    public static List<FieldCheck> Check(OfficialLetterDetails details, IReadOnlyList<string> blanks)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(blanks);
        var errors = new List<FieldCheck>();
        for (var i = 0; i < blanks.Count; i++)
        {
            Text(errors, $"extra[{i}]", $"“{blanks[i]}”", details.ExtraValue(i), LetterDetailsChecks.ExtraMax, $"Fill in “{blanks[i]}”: it goes into the letter.");
        }

        Text(errors, "name", "your name", details.Name, LetterDetailsChecks.NameMax, "Enter your name: the letter is signed with it.");
        Text(errors, "street", "your street address", details.Street, LetterDetailsChecks.StreetMax, "Enter your street address: officials answer the people they represent, and check where they live.");
        Text(errors, "city", "your city", details.City, LetterDetailsChecks.CityMax, "Enter your city or town.");
        if (FieldTextChecks.SingleLine(errors, "state", "your state", details.State, 40) && UsStates.Find(details.State, out var stateError) is null)
        {
            errors.Add(FieldCheck.Blocking("state", LetterCheckCodes.InvalidState, stateError!));
        }

        if (FieldTextChecks.SingleLine(errors, "zip", "your ZIP code", details.Zip, 10) && !ZipCode.TryParse(details.Zip, out _, out var zipError))
        {
            errors.Add(FieldCheck.Blocking("zip", LetterCheckCodes.InvalidZip, zipError));
        }

        if (FieldTextChecks.SingleLine(errors, "email", "your e-mail address", details.Email, EmailAddress.MaxLength))
        {
            var email = details.Email?.Trim() ?? "";
            if (email.Length == 0)
            {
                errors.Add(FieldCheck.Blocking("email", LetterCheckCodes.Required, "Enter your e-mail address, e.g. name@example.org: the official's office replies to it."));
            }
            else if (!EmailAddress.IsValid(email))
            {
                errors.Add(FieldCheck.Blocking("email", LetterCheckCodes.InvalidEmail, $"'{email}' is not an e-mail address: expected something like name@example.org."));
            }
        }

        FieldTextChecks.Personal(errors, details.Personal, LetterDetailsChecks.PersonalMax, "officials");
        return errors;
    }

    private static void Text(List<FieldCheck> errors, string field, string what, string? value, int max, string whenEmpty)
    {
        if (!FieldTextChecks.SingleLine(errors, field, what, value, max))
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(FieldCheck.Blocking(field, LetterCheckCodes.Required, whenEmpty));
        }
        else if (Placeholders.In(value).Any())
        {
            errors.Add(FieldCheck.Blocking(field, LetterCheckCodes.Required, $"Write {what} itself, without [square brackets]: a bracketed word reads as a blank left in the letter."));
        }
    }
}

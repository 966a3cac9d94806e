using CivicAction.Core.Congress;
using CivicAction.Core.Congress.ContactForms;

namespace CivicAction.Core.Letters.Congress;

/// <summary>
/// The person's value for each field of an office's contact form, from their details and the letter for that office:
/// the one place that knows which detail fills which field. A field without a value here (the topic, the prefix when
/// the person gave none, ZIP+4 when only five digits were given) is one the person chooses or types on the form.
/// </summary>
public static class ContactFormValues
{
    public static IReadOnlyDictionary<FormVariable, string> For(LetterDetails details, CongressLetter letter)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(letter);
        var values = new Dictionary<FormVariable, string>();
        void Add(FormVariable variable, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[variable] = value.Trim();
            }
        }

        Add(FormVariable.NamePrefix, details.Prefix);
        Add(FormVariable.NameFirst, details.FirstName);
        Add(FormVariable.NameLast, details.LastName);
        Add(FormVariable.NameFull, details.Name);
        Add(FormVariable.AddressStreet, details.Street);
        Add(FormVariable.AddressCity, details.City);
        if (UsStates.TryFind(details.State, out var state))
        {
            Add(FormVariable.AddressState, state.Code);
            Add(FormVariable.AddressStateFull, state.Name);
        }

        if (ZipCode.TryParse(details.Zip, out var zip, out _))
        {
            Add(FormVariable.AddressZip5, zip.Five);
            Add(FormVariable.AddressZip4, zip.PlusFour);
            Add(FormVariable.AddressZipPlus4, zip.PlusFour is null ? null : zip.ToString());
        }

        Add(FormVariable.Email, details.Email);
        Add(FormVariable.Phone, details.Phone);
        Add(FormVariable.Subject, letter.Subject);
        Add(FormVariable.Message, letter.Body);
        return values;
    }
}

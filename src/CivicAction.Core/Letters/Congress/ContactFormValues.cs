using CivicAction.Core.Congress;
using CivicAction.Core.Congress.ContactForms;

namespace CivicAction.Core.Letters.Congress;

/// <summary>
/// The person's value for each field of an office's contact form, from their details and the letter for that office:
/// the one place that knows which detail fills which field. A field without a value here (the prefix, the topic,
/// ZIP+4 when only five digits were given) is one the person chooses or types on the form.
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

        // The details hold one full name today; when they hold the first and last name apart, these two lines take them.
        var (first, last) = PersonName.Split(details.Name);
        Add(FormVariable.NameFirst, first);
        Add(FormVariable.NameLast, last);
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
        Add(FormVariable.Subject, letter.Subject);
        Add(FormVariable.Message, letter.Body);
        return values;
    }
}

/// <summary>
/// A first and a last name from one full name, by a simple rule a person can predict and correct: the last name is
/// the last word, with a suffix before it kept together ("Martin Luther King Jr." is "Martin Luther" and
/// "King Jr."); the first name is every word before it. A single word is a first name.
/// </summary>
public static class PersonName
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Sr", "II", "III", "IV", "V" };

    public static (string First, string Last) Split(string? fullName)
    {
        var words = (fullName ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 1)
        {
            return (words.FirstOrDefault() ?? "", "");
        }

        var lastStart = words.Length - 1;
        if (lastStart > 1 && Suffixes.Contains(words[^1].TrimEnd('.').TrimStart(',')))
        {
            lastStart--;
        }

        return (string.Join(' ', words[..lastStart]).TrimEnd(','), string.Join(' ', words[lastStart..]));
    }
}

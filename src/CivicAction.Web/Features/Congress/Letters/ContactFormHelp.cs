using CivicAction.Core.Congress.ContactForms;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>One detail the office's form asks for, with the person's value to copy (null when they choose it there).</summary>
/// <param name="Label">"First name": how the page names the field, never the format's variable.</param>
/// <param name="Required">The form refuses to be sent without it.</param>
/// <param name="Value">The person's value for it, from their details and the letter.</param>
/// <param name="Id">The element holding the value, which its copy button copies.</param>
/// <param name="CopyName">"first name", for the button's label "Copy first name".</param>
/// <param name="Copyable">Typed into the form, so copied; a drop-down's choice is picked there instead.</param>
public sealed record ContactFormRow(string Label, bool Required, string? Value, string Id, string CopyName, bool Copyable)
{
    /// <summary>The message is the letter in the card's own box (as the person may have edited it), not a copy.</summary>
    public bool IsLetter { get; init; }
}

/// <summary>
/// "What this office's form asks for", next to the link to the form: the required and optional fields in plain words,
/// the titles and topics it accepts, whether it wants a phone, and the person's own value for each field.
/// </summary>
public sealed record ContactFormHelp(
    ContactForm Form,
    IReadOnlyList<ContactFormRow> Rows,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Topics,
    bool MayHaveChanged,
    int? MessageTooLongBy)
{
    /// <summary>What a drop-down offers: the person picks there, so the page lists the choices instead of a value.</summary>
    private static readonly HashSet<FormVariable> Chosen = [FormVariable.NamePrefix, FormVariable.Topic, FormVariable.AddressState, FormVariable.AddressStateFull];

    public static ContactFormHelp For(ContactForm form, LetterDetails details, CongressLetter letter, string key, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(form);
        var values = ContactFormValues.For(details, letter);
        var rows = form.Fields
            .OrderBy(f => f.Variable) // the person's order (name, address, contact, message), whatever the file's
            .Select(f => Row(f, values, key))
            .ToList();
        var message = form.Field(FormVariable.Message);
        var over = message?.MaxLength is { } max && letter.Body.Length > max ? letter.Body.Length - max : (int?)null;
        return new ContactFormHelp(form, rows, Labels(form, FormVariable.NamePrefix), Labels(form, FormVariable.Topic), form.MayHaveChanged(today), over);
    }

    private static ContactFormRow Row(FormField field, IReadOnlyDictionary<FormVariable, string> values, string key)
    {
        var name = Name(field.Variable);
        var label = char.ToUpperInvariant(name[0]) + name[1..];
        var id = $"form-{key}-{field.Variable.ToString().ToLowerInvariant()}";
        var copyable = !Chosen.Contains(field.Variable) && field.Options.Count == 0;
        var copyName = field.Variable == FormVariable.AddressZip4 ? LetterStrings.Text("FormField.Zip4Digits") : name;
        return new ContactFormRow(label, field.Required, values.GetValueOrDefault(field.Variable), id, copyName, copyable)
        {
            IsLetter = field.Variable == FormVariable.Message,
        };
    }

    private static List<string> Labels(ContactForm form, FormVariable variable) =>
        form.Field(variable)?.Options.Select(o => o.Label).Distinct(StringComparer.Ordinal).ToList() ?? [];

    public IReadOnlyList<string> RequiredNames => Form.Required.OrderBy(f => f.Variable).Select(f => Name(f.Variable)).Distinct().ToList();

    public IReadOnlyList<string> OptionalNames => Form.Optional.OrderBy(f => f.Variable).Select(f => Name(f.Variable)).Distinct().ToList();

    /// <summary>The field as a person calls it, in lower case for a sentence ("first name", "ZIP code"), in the page's language.</summary>
    public static string Name(FormVariable variable) => LetterStrings.Text("FormField." + variable);

    /// <summary>Whether the form wants a phone number: required, optional, or not asked.</summary>
    public string PhoneSentence => Form.Field(FormVariable.Phone) switch
    {
        { Required: true } => LetterStrings.Text("Help.PhoneRequired"),
        not null => LetterStrings.Text("Help.PhoneOptional"),
        null => LetterStrings.Text("Help.PhoneNotAsked"),
    };

    /// <summary>"first name, last name and city".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => LetterStrings.Format("Help.ListLast", string.Join(", ", items.Take(items.Count - 1)), items[^1]),
    };
}

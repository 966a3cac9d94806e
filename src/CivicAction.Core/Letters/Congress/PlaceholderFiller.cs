using System.Text;
using CivicAction.Core.Briefs;
using CivicAction.Core.Congress;

namespace CivicAction.Core.Letters.Congress;

/// <summary>
/// Fills the square-bracket placeholders of a letter template. Placeholders naming the member
/// ("[Representative/Senator Name]") take the recipient, those naming the writer ("[Your Name]",
/// "[Your City]") take the constituent, and any other must be given in the values dictionary
/// (matched ignoring case). The recipient and constituent always win over the dictionary: a
/// page previewing one letter per member must not carry one member's name into another's.
/// </summary>
internal sealed class PlaceholderFiller(Constituent constituent, Recipient recipient, IReadOnlyDictionary<string, string>? values)
{
    private readonly Dictionary<string, string> _values = new(
        (values ?? new Dictionary<string, string>()).Select(v => KeyValuePair.Create(v.Key.Trim(), v.Value)),
        StringComparer.OrdinalIgnoreCase);

    private readonly List<string> _unfilled = [];

    private static readonly string[] MemberWords =
        ["senator", "representative", "congressman", "congresswoman", "congressperson", "congressmember", "member of congress",
         "delegate", "resident commissioner", "legislator", "lawmaker", "official", "recipient",
         // A brief written in Spanish names the member in Spanish: "[Nombre del representante]", "[Senador/a]".
         "senador", "representante", "congresista", "miembro del congreso", "delegado", "comisionado residente", "legislador"];

    public IReadOnlyList<string> Unfilled => _unfilled;

    /// <summary>Fills a line of the letter; in the salutation line every placeholder is the member.</summary>
    public string Fill(string text, bool isSalutation = false) =>
        Placeholders.Fill(text, name =>
        {
            var value = isSalutation ? recipient.Salutation : Resolve(name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }

            if (!_unfilled.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                _unfilled.Add(name);
            }

            return null;
        });

    private string? Resolve(string name)
    {
        var key = Key(name);
        if (MemberWords.Any(w => key.Contains(w, StringComparison.Ordinal)))
        {
            return key.Contains("full name", StringComparison.Ordinal) ? recipient.FullName : recipient.Salutation;
        }

        var fromConstituent = FieldOf(key) is { } field ? ValueOf(field) : null;
        if (fromConstituent is not null)
        {
            return fromConstituent;
        }

        return _values.TryGetValue(name, out var given) ? given : null;
    }

    /// <summary>Whether a placeholder names a detail of the writer ("[Your Name]", "[Su ciudad]") rather than the member or anything else.</summary>
    public static bool NamesTheWriter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        return !MemberWords.Any(w => key.Contains(w, StringComparison.Ordinal)) && FieldOf(key) is not null;
    }

    private enum WriterField
    {
        Name,
        Street,
        Address,
        City,
        State,
        CityState,
        Zip,
        Email,
    }

    // The writer's details as English and Spanish briefs name them ("[Your City]", "[Su ciudad]").
    private static WriterField? FieldOf(string key) => key switch
    {
        "name" or "full name" or "first and last name" or "constituent name" or "signature"
            or "nombre" or "nombre completo" or "nombre y apellido" or "firma" => WriterField.Name,
        "street" or "street address" or "address line" or "calle" => WriterField.Street,
        "address" or "full address" or "mailing address" or "home address" or "postal address"
            or "dirección" or "dirección completa" or "dirección postal" => WriterField.Address,
        "city" or "town" or "city or town" or "ciudad" or "pueblo" or "ciudad o pueblo" => WriterField.City,
        "state" or "estado" => WriterField.State,
        "city, state" or "city and state" or "city state" or "ciudad, estado" or "ciudad y estado" => WriterField.CityState,
        "zip" or "zip code" or "zipcode" or "postal code" or "código postal" => WriterField.Zip,
        "email" or "email address" or "correo electrónico" or "correo" => WriterField.Email,
        _ => null,
    };

    private string? ValueOf(WriterField field) => field switch
    {
        WriterField.Name => constituent.Name,
        WriterField.Street => constituent.StreetAddress,
        WriterField.Address => FullAddress(),
        WriterField.City => constituent.City,
        WriterField.State => StateName(),
        WriterField.CityState => Joined(constituent.City, StateCode()),
        WriterField.Zip => constituent.Zip,
        _ => constituent.Email,
    };

    /// <summary>"Your E-mail Address" → "email address"; only letters, spaces and commas are kept.</summary>
    private static string Key(string name)
    {
        var text = name.ToLowerInvariant().Replace("e-mail", "email", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            sb.Append(char.IsLetter(c) || c == ',' ? c : ' ');
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "your" or "my" or "su" or "tu" or "mi")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words).Replace(" ,", ",", StringComparison.Ordinal);
    }

    private string? StateCode() => UsStates.TryFind(constituent.State, out var state) ? state.Code : null;

    private string? StateName() => UsStates.TryFind(constituent.State, out var state) ? state.Name : null;

    private string? FullAddress() =>
        Blank(constituent.StreetAddress) || Blank(constituent.City) || StateCode() is null || Blank(constituent.Zip)
            ? null
            : $"{constituent.StreetAddress.Trim()}, {CityLine(constituent)}";

    private static string? Joined(string? city, string? state) => Blank(city) || state is null ? null : $"{city!.Trim()}, {state}";

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>"Seattle, WA 98103": the last line of a US postal address.</summary>
    public static string CityLine(Constituent constituent)
    {
        var state = UsStates.TryFind(constituent.State, out var found) ? found.Code : constituent.State.Trim();
        var zip = ZipCode.TryParse(constituent.Zip, out var parsed, out _) ? parsed.ToString() : constituent.Zip.Trim();
        return $"{constituent.City.Trim()}, {state} {zip}";
    }
}

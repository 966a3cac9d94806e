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
        var key = WriterBlanks.Key(name);
        if (MemberWords.Any(w => key.Contains(w, StringComparison.Ordinal)))
        {
            return key.Contains("full name", StringComparison.Ordinal) ? recipient.FullName : recipient.Salutation;
        }

        var fromConstituent = WriterBlanks.Of(name) is { } field ? ValueOf(field) : null;
        if (fromConstituent is not null)
        {
            return fromConstituent;
        }

        return _values.TryGetValue(name, out var given) ? given : null;
    }

    private string? ValueOf(WriterDetail field) => field switch
    {
        WriterDetail.Name => constituent.Name,
        WriterDetail.Street => constituent.StreetAddress,
        WriterDetail.Address => FullAddress(),
        WriterDetail.City => constituent.City,
        WriterDetail.State => StateName(),
        WriterDetail.CityState => Joined(constituent.City, StateCode()),
        WriterDetail.Zip => constituent.Zip,
        _ => constituent.Email,
    };

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

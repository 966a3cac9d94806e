using System.Diagnostics.CodeAnalysis;

namespace CivicAction.Core.Congress;

/// <summary>
/// The 50 states, DC and the five inhabited territories that send a member to the House,
/// with USPS codes, names and FIPS codes (the ZIP-to-district file carries both codes).
/// </summary>
public static class UsStates
{
    public static IReadOnlyList<UsState> All { get; } =
    [
        new("AL", "Alabama", "01", Jurisdiction.State),
        new("AK", "Alaska", "02", Jurisdiction.State),
        new("AZ", "Arizona", "04", Jurisdiction.State),
        new("AR", "Arkansas", "05", Jurisdiction.State),
        new("CA", "California", "06", Jurisdiction.State),
        new("CO", "Colorado", "08", Jurisdiction.State),
        new("CT", "Connecticut", "09", Jurisdiction.State),
        new("DE", "Delaware", "10", Jurisdiction.State),
        new("DC", "District of Columbia", "11", Jurisdiction.FederalDistrict),
        new("FL", "Florida", "12", Jurisdiction.State),
        new("GA", "Georgia", "13", Jurisdiction.State),
        new("HI", "Hawaii", "15", Jurisdiction.State),
        new("ID", "Idaho", "16", Jurisdiction.State),
        new("IL", "Illinois", "17", Jurisdiction.State),
        new("IN", "Indiana", "18", Jurisdiction.State),
        new("IA", "Iowa", "19", Jurisdiction.State),
        new("KS", "Kansas", "20", Jurisdiction.State),
        new("KY", "Kentucky", "21", Jurisdiction.State),
        new("LA", "Louisiana", "22", Jurisdiction.State),
        new("ME", "Maine", "23", Jurisdiction.State),
        new("MD", "Maryland", "24", Jurisdiction.State),
        new("MA", "Massachusetts", "25", Jurisdiction.State),
        new("MI", "Michigan", "26", Jurisdiction.State),
        new("MN", "Minnesota", "27", Jurisdiction.State),
        new("MS", "Mississippi", "28", Jurisdiction.State),
        new("MO", "Missouri", "29", Jurisdiction.State),
        new("MT", "Montana", "30", Jurisdiction.State),
        new("NE", "Nebraska", "31", Jurisdiction.State),
        new("NV", "Nevada", "32", Jurisdiction.State),
        new("NH", "New Hampshire", "33", Jurisdiction.State),
        new("NJ", "New Jersey", "34", Jurisdiction.State),
        new("NM", "New Mexico", "35", Jurisdiction.State),
        new("NY", "New York", "36", Jurisdiction.State),
        new("NC", "North Carolina", "37", Jurisdiction.State),
        new("ND", "North Dakota", "38", Jurisdiction.State),
        new("OH", "Ohio", "39", Jurisdiction.State),
        new("OK", "Oklahoma", "40", Jurisdiction.State),
        new("OR", "Oregon", "41", Jurisdiction.State),
        new("PA", "Pennsylvania", "42", Jurisdiction.State),
        new("RI", "Rhode Island", "44", Jurisdiction.State),
        new("SC", "South Carolina", "45", Jurisdiction.State),
        new("SD", "South Dakota", "46", Jurisdiction.State),
        new("TN", "Tennessee", "47", Jurisdiction.State),
        new("TX", "Texas", "48", Jurisdiction.State),
        new("UT", "Utah", "49", Jurisdiction.State),
        new("VT", "Vermont", "50", Jurisdiction.State),
        new("VA", "Virginia", "51", Jurisdiction.State),
        new("WA", "Washington", "53", Jurisdiction.State),
        new("WV", "West Virginia", "54", Jurisdiction.State),
        new("WI", "Wisconsin", "55", Jurisdiction.State),
        new("WY", "Wyoming", "56", Jurisdiction.State),
        new("AS", "American Samoa", "60", Jurisdiction.Territory),
        new("GU", "Guam", "66", Jurisdiction.Territory),
        new("MP", "Northern Mariana Islands", "69", Jurisdiction.Territory),
        new("PR", "Puerto Rico", "72", Jurisdiction.Territory),
        new("VI", "U.S. Virgin Islands", "78", Jurisdiction.Territory),
    ];

    private static readonly Dictionary<string, UsState> ByKey = BuildIndex();

    /// <summary>
    /// Finds a state by its two-letter code or its name, ignoring case and extra spaces
    /// ("wa", "Washington", "district of columbia", "Virgin Islands").
    /// </summary>
    public static bool TryFind(string? codeOrName, [NotNullWhen(true)] out UsState? state)
    {
        state = null;
        var key = Key(codeOrName);
        return key.Length > 0 && ByKey.TryGetValue(key, out state);
    }

    /// <summary>The state for a code or name, or null with a message that says what is accepted.</summary>
    public static UsState? Find(string? codeOrName, out string? error)
    {
        if (TryFind(codeOrName, out var state))
        {
            error = null;
            return state;
        }

        error = string.IsNullOrWhiteSpace(codeOrName)
            ? "Choose a state: a two-letter code such as WA, or DC, PR, GU, VI, AS, MP."
            : $"'{codeOrName.Trim()}' is not a US state, DC or territory: use a two-letter code such as WA, or a name such as Washington.";
        return null;
    }

    public static UsState Get(string code) =>
        TryFind(code, out var state) ? state : throw new ArgumentException($"'{code}' is not a state code", nameof(code));

    private static Dictionary<string, UsState> BuildIndex()
    {
        var index = new Dictionary<string, UsState>(StringComparer.Ordinal);
        foreach (var state in All)
        {
            index[Key(state.Code)] = state;
            index[Key(state.Name)] = state;
        }

        // Names people write that differ from the list's own.
        index[Key("Washington DC")] = index[Key("DC")];
        index[Key("Washington, D.C.")] = index[Key("DC")];
        index[Key("D.C.")] = index[Key("DC")];
        index[Key("Virgin Islands")] = index[Key("VI")];
        index[Key("US Virgin Islands")] = index[Key("VI")];
        index[Key("Northern Mariana")] = index[Key("MP")];
        return index;
    }

    private static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var letters = text.Where(char.IsLetter).Select(char.ToUpperInvariant);
        return string.Concat(letters);
    }
}

namespace CivicAction.Core.Letters.Congress;

/// <summary>
/// The person writing. Congressional offices answer only their own constituents and check the
/// postal address, so the letter is signed with it. <see cref="State"/> is a two-letter code
/// ("WA") or a state name; <see cref="Zip"/> five digits or ZIP+4; <see cref="Phone"/> optional (staff may call back).
/// </summary>
public sealed record Constituent(string Name, string StreetAddress, string City, string State, string Zip, string Email, string? Phone = null)
{
    /// <summary>"Seattle, WA 98103": the last line of the address, as the signature writes it.</summary>
    public string CityLine => PlaceholderFiller.CityLine(this);
}

/// <summary>
/// The member a letter is addressed to: <see cref="Title"/> is "Senator", "Representative",
/// "Delegate" or "Resident Commissioner".
/// </summary>
public sealed record Recipient(string Title, string LastName, string FullName)
{
    /// <summary>"Senator Cantwell": how the letter and the call address the member.</summary>
    public string Salutation => $"{Title} {LastName}";
}

/// <summary>
/// A letter drafted for one member. It may be sent only when <see cref="CanSend"/>: no
/// placeholder is left in it and the signature has everything an office needs.
/// </summary>
public sealed record CongressLetter(
    string Subject,
    string Body,
    IReadOnlyList<string> UnfilledPlaceholders,
    IReadOnlyList<string> MissingDetails)
{
    public bool CanSend => UnfilledPlaceholders.Count == 0 && MissingDetails.Count == 0;

    /// <summary>The paragraphs of <see cref="Body"/> and where each comes from; empty for a letter the person wrote themselves.</summary>
    public IReadOnlyList<LetterPart> Parts { get; init; } = [];

    /// <summary>The brief's template is written in Spanish, and so is what the site added to it.</summary>
    public bool InSpanish { get; init; }
}

/// <summary>What to say on the phone to a member's office, and placeholders that could not be filled.</summary>
public sealed record PhoneScript(string Text, IReadOnlyList<string> UnfilledPlaceholders)
{
    /// <summary>The brief's template is written in Spanish, and so is the script.</summary>
    public bool InSpanish { get; init; }
}

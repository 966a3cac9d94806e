namespace CivicAction.Core.Congress.ContactForms;

/// <summary>
/// What a field of an office's contact form wants, as the contact-congress descriptions name it with a variable
/// (<c>$NAME_FIRST</c>, <c>$ADDRESS_ZIP5</c>, ...). The parts of a phone number are one <see cref="Phone"/>: a person
/// types one number, whatever boxes the form splits it into.
/// </summary>
public enum FormVariable
{
    NamePrefix,
    NameFirst,
    NameLast,
    NameFull,
    AddressStreet,
    AddressStreet2,
    AddressCity,
    AddressState,
    AddressStateFull,
    AddressCounty,
    AddressZip5,
    AddressZip4,
    AddressZipPlus4,
    Phone,
    Email,
    Topic,
    Subject,
    Message,
}

/// <summary>
/// The variables of the contact-congress format (its <c>support/variables.yaml</c>). A page names each in plain words
/// in its own language. A variable not listed here is unknown: the reader skips its field with a note.
/// </summary>
public static class FormVariables
{
    /// <summary>The variable for a CAPTCHA's answer: a step only a person can do, not a detail of theirs.</summary>
    public const string Captcha = "$CAPTCHA_SOLUTION";

    private static readonly Dictionary<string, FormVariable> ByToken = new(StringComparer.Ordinal)
    {
        ["$NAME_PREFIX"] = FormVariable.NamePrefix,
        ["$NAME_FIRST"] = FormVariable.NameFirst,
        ["$NAME_LAST"] = FormVariable.NameLast,
        ["$NAME_FULL"] = FormVariable.NameFull,
        ["$ADDRESS_STREET"] = FormVariable.AddressStreet,
        ["$ADDRESS_STREET_2"] = FormVariable.AddressStreet2,
        ["$ADDRESS_CITY"] = FormVariable.AddressCity,
        ["$ADDRESS_STATE_POSTAL_ABBREV"] = FormVariable.AddressState,
        ["$ADDRESS_STATE"] = FormVariable.AddressState, // not in the format's list; one file writes it for the postal code
        ["$ADDRESS_STATE_FULL"] = FormVariable.AddressStateFull,
        ["$ADDRESS_COUNTY"] = FormVariable.AddressCounty,
        ["$ADDRESS_ZIP5"] = FormVariable.AddressZip5,
        ["$ADDRESS_ZIP4"] = FormVariable.AddressZip4,
        ["$ADDRESS_ZIP_PLUS_4"] = FormVariable.AddressZipPlus4,
        ["$PHONE"] = FormVariable.Phone,
        ["$PHONE_PARENTHESES"] = FormVariable.Phone,
        ["$PHONE_AREA_CODE"] = FormVariable.Phone,
        ["$PHONE_EXCHANGE_CODE"] = FormVariable.Phone,
        ["$PHONE_SUBSCRIBER_NUMBER"] = FormVariable.Phone,
        ["$EMAIL"] = FormVariable.Email,
        ["$TOPIC"] = FormVariable.Topic,
        ["$SUBJECT"] = FormVariable.Subject,
        ["$MESSAGE"] = FormVariable.Message,
    };

    /// <summary>
    /// Variables of the format that describe the sender's organisation or campaign, not the person: their fields are
    /// filled by a delivery service, so a person using the form by hand is not asked for them.
    /// </summary>
    private static readonly HashSet<string> NotAskedOfPeople = new(StringComparer.Ordinal)
    {
        "$CAMPAIGN_UUID", "$PERMALINK", "$ORG_URL", "$ORG_NAME",
    };

    public static bool TryParse(string token, out FormVariable variable) => ByToken.TryGetValue(token, out variable);

    public static bool IsForOrganisations(string token) => NotAskedOfPeople.Contains(token);
}

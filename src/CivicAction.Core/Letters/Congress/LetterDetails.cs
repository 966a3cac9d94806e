namespace CivicAction.Core.Letters.Congress;

/// <summary>
/// What a person types to get their letters to Congress: the one model the details form binds to, carried in hidden
/// fields to the letters and "send for me" forms, checked by <see cref="LetterDetailsChecks"/>. It is personal data:
/// it is never logged, and the server keeps it only when the person asks the app to send a letter. A class, not a
/// record, on purpose: the framework's trace log writes handler arguments with ToString(), which for a record would
/// list every field.
/// </summary>
public sealed class LetterDetails
{
    /// <summary>The House seat chosen by the lookup ("WA-7", "VT-0"); empty when the names were typed.</summary>
    public string? Seat { get; set; }

    /// <summary>Members typed by hand when there is no data to look them up in.</summary>
    public IList<TypedMember> Typed { get; set; } = [];

    /// <summary>Given name(s), as the person writes them ("Dana", "Mary Ann").</summary>
    public string? FirstName { get; set; }

    /// <summary>Family name(s), as the person writes them ("Rivera", "García Márquez").</summary>
    public string? LastName { get; set; }

    /// <summary>The whole name as the letter is signed: given name(s), then family name(s).</summary>
    public string Name => string.Join(' ', new[] { FirstName?.Trim(), LastName?.Trim() }.Where(n => !string.IsNullOrEmpty(n)));

    /// <summary>How offices address the person ("Ms.", "Mx."); asked only where the site delivers through CWC, which requires one.</summary>
    public string? Prefix { get; set; }

    /// <summary>The Library of Congress topic a CWC message is filed under; asked only where the site delivers through CWC.</summary>
    public string? Topic { get; set; }

    public string? Street { get; set; }

    public string? City { get; set; }

    public string? State { get; set; }

    public string? Zip { get; set; }

    public string? Email { get; set; }

    /// <summary>Optional: signed under the address, and copied into contact forms that ask for one.</summary>
    public string? Phone { get; set; }

    /// <summary>
    /// The person's own paragraph ("why this matters to you"), placed before the closing of every letter: offices weigh
    /// a personal word far above a form letter. Optional; several lines allowed.
    /// </summary>
    public string? Personal { get; set; }

    /// <summary>
    /// The person's own versions of members' letters, by member key (Bioguide ID or "typed-N"). Only letters the
    /// person changed are here; the others are drafted from the template and the details.
    /// </summary>
    public Dictionary<string, LetterEdit> Edits { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Values of the action's other placeholders, in the order of <see cref="CongressLetterDrafter.ExtraPlaceholders"/>.</summary>
    public IList<string?> Extra { get; set; } = [];

    public Constituent ToConstituent() =>
        new(Name, Street?.Trim() ?? "", City?.Trim() ?? "", State?.Trim() ?? "", Zip?.Trim() ?? "", Email?.Trim() ?? "",
            string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim());

    /// <summary>The extra placeholders' values by name, for the drafter.</summary>
    public Dictionary<string, string> Values(IReadOnlyList<string> placeholders)
    {
        ArgumentNullException.ThrowIfNull(placeholders);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < placeholders.Count; i++)
        {
            var value = i < Extra.Count ? Extra[i]?.Trim() : null;
            if (!string.IsNullOrEmpty(value))
            {
                values[placeholders[i]] = value;
            }
        }

        return values;
    }

    public string ExtraValue(int index) => index < Extra.Count ? Extra[index] ?? "" : "";
}

/// <summary>A member of Congress named by the person: a title and a name as they would write it.</summary>
public sealed class TypedMember
{
    /// <summary>How members are addressed: the titles a typed name may take.</summary>
    public static readonly IReadOnlyList<string> Titles = ["Senator", "Representative", "Delegate", "Resident Commissioner"];

    public string? Title { get; set; }

    public string? Name { get; set; }
}

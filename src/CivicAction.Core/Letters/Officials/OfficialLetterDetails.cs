namespace CivicAction.Core.Letters.Officials;

/// <summary>
/// What a person types to write to an official the site does not look up (a state legislator, a governor, an agency
/// head, a committee): the values of the template's blanks and the address the letter is signed with. It rides in
/// hidden fields from the form to the letter and its PDF; it is never stored or logged. A class, not a record, so that
/// a trace log writing handler arguments with ToString() shows none of it.
/// </summary>
public sealed class OfficialLetterDetails
{
    /// <summary>The whole name as the letter is signed.</summary>
    public string? Name { get; set; }

    public string? Street { get; set; }

    public string? City { get; set; }

    /// <summary>A two-letter code or a state's name.</summary>
    public string? State { get; set; }

    public string? Zip { get; set; }

    public string? Email { get; set; }

    /// <summary>The person's own paragraph, placed before the closing. Optional; several lines allowed.</summary>
    public string? Personal { get; set; }

    /// <summary>The values of the template's other blanks, in the order of <see cref="OfficialLetterDrafter.Blanks"/>.</summary>
    public IList<string?> Extra { get; set; } = [];

    public string ExtraValue(int index) => index < Extra.Count ? Extra[index] ?? "" : "";
}

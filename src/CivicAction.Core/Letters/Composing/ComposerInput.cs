namespace CivicAction.Core.Letters.Composing;

/// <summary>
/// What a person types into a composer: a value for each blank of the template, in the template's order, and an
/// optional paragraph of their own. Personal data: never logged, never stored. A class, not a record, so that a
/// trace log writing handler arguments with ToString() lists no field.
/// </summary>
public sealed class ComposerInput
{
    public IList<string?> Values { get; set; } = [];

    /// <summary>The person's own words, placed after the brief's text: agencies and boards weigh them above a form text.</summary>
    public string? Personal { get; set; }

    public string Value(int index) => index < Values.Count ? Values[index] ?? "" : "";
}

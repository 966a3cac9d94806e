namespace CivicAction.Core.Letters;

/// <summary>Where a paragraph of a drafted letter comes from, which decides how it can be rendered for a reader in another language.</summary>
public enum LetterPartKind
{
    /// <summary>"Dear Senator Cantwell,": the greeting, whoever wrote it.</summary>
    Salutation,

    /// <summary>"I am your constituent in Seattle, WA 98103.": the site's sentence naming where the writer lives.</summary>
    Constituent,

    /// <summary>A paragraph of the brief's template, its blanks filled: sent as the brief wrote it.</summary>
    Template,

    /// <summary>The person's own paragraph, as they typed it.</summary>
    Personal,

    /// <summary>"Sincerely,": the closing, the site's or the template's.</summary>
    Closing,

    /// <summary>The writer's name and address under the closing.</summary>
    Signature,
}

/// <summary>
/// One paragraph of a drafted letter and where it comes from; <see cref="Detail"/> is what the site put in it (the
/// addressee of a greeting, the place of the constituent sentence), null for the other kinds.
/// </summary>
public sealed record LetterPart(LetterPartKind Kind, string Text, string? Detail = null)
{
    /// <summary>
    /// The letter's text: paragraphs apart by a blank line, the signature right under its closing, as offices and
    /// e-mail apps expect a letter to look.
    /// </summary>
    public static string Join(IReadOnlyList<LetterPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return string.Concat(parts.Select((part, index) =>
            (index == 0 ? "" : part.Kind == LetterPartKind.Signature ? "\n" : "\n\n") + part.Text));
    }
}

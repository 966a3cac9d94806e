namespace CivicAction.Core.Letters;

/// <summary>
/// What a letter to an office says, in Spanish, paragraph by paragraph, for a reader who reads Spanish: the letter itself
/// goes in English (it is what the office reads), and this is shown beside it before it is sent. The site's own
/// sentences (the greeting, "I am your constituent in ...", the closing) are rendered; the brief's template cannot be
/// translated faithfully by the site, so its paragraphs say so rather than guess, and the person's own words and
/// address stay as typed.
/// </summary>
public static class LetterInSpanish
{
    /// <summary>Said beside a paragraph of the brief's template.</summary>
    public const string TemplateNote = "Texto de la carta modelo del artículo: se envía tal como el artículo lo escribió.";

    // US Spanish-language government pages write the titles in lower case after the greeting, with both endings when
    // the member's gender is not known to the site.
    private static readonly (string English, string Spanish)[] Titles =
    [
        ("Resident Commissioner ", "comisionado/a residente "),
        ("Representative ", "representante "),
        ("Senator ", "senador/a "),
        ("Delegate ", "delegado/a "),
    ];

    /// <summary>"Asunto: ..." with the subject as written: it comes from the brief or from the person.</summary>
    public static string Subject(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return "Asunto: " + subject;
    }

    /// <summary>The Spanish rendering of each of <paramref name="parts"/>, in their order.</summary>
    public static IReadOnlyList<LetterPart> Render(IReadOnlyList<LetterPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return [.. parts.Select(part => part with { Text = Part(part) })];
    }

    private static string Part(LetterPart part) => part.Kind switch
    {
        LetterPartKind.Salutation when part.Detail is { Length: > 0 } whom => $"Estimado/a {Addressee(whom)}:",
        LetterPartKind.Constituent when part.Detail is { Length: > 0 } where => $"Vivo en {where} y usted me representa en el Congreso.",
        LetterPartKind.Closing when Closing(part.Text) is { } closing => closing,
        LetterPartKind.Personal or LetterPartKind.Signature => part.Text,
        _ => TemplateNote,
    };

    /// <summary>"Senator Cantwell" as "senador/a Cantwell"; an addressee without a known title as written.</summary>
    public static string Addressee(string whom)
    {
        ArgumentNullException.ThrowIfNull(whom);
        foreach (var (english, spanish) in Titles)
        {
            if (whom.StartsWith(english, StringComparison.OrdinalIgnoreCase))
            {
                return spanish + whom[english.Length..];
            }
        }

        return whom;
    }

    private static string? Closing(string closing) => closing.Trim().TrimEnd(',').Trim().ToUpperInvariant() switch
    {
        "SINCERELY" or "YOURS SINCERELY" or "YOURS TRULY" or "RESPECTFULLY YOURS" => "Atentamente,",
        "RESPECTFULLY" => "Respetuosamente,",
        "REGARDS" or "BEST REGARDS" or "KIND REGARDS" => "Saludos cordiales,",
        "BEST" => "Saludos,",
        "THANK YOU" or "THANKS" or "WITH THANKS" => "Gracias,",
        _ => null,
    };
}

using System.Text.RegularExpressions;

namespace CivicAction.Core.Letters;

/// <summary>
/// The lines a letter's template opens and ends with, as English and Spanish briefs write them: the greeting
/// ("Dear Rep. Jane Doe," addresses "Rep. Jane Doe"), the thanks before the closing, and the closing itself.
/// </summary>
public static partial class LetterLines
{
    /// <summary>Whom a one-line "Dear ...," greeting addresses, or null when <paramref name="greeting"/> is no such line.</summary>
    public static string? Addressee(string greeting)
    {
        ArgumentNullException.ThrowIfNull(greeting);
        var match = DearLine().Match(greeting.Trim());
        return match.Success ? match.Groups["whom"].Value : null;
    }

    /// <summary>"Thank you for ...", "Gracias por ...": the thanks that the person's own paragraph goes before.</summary>
    public static bool IsThanks(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        return paragraph.StartsWith("Thank you", StringComparison.OrdinalIgnoreCase) || paragraph.StartsWith("Thanks", StringComparison.OrdinalIgnoreCase)
            || paragraph.StartsWith("Gracias", StringComparison.OrdinalIgnoreCase) || paragraph.StartsWith("Muchas gracias", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Sincerely,", "Atentamente,": a closing alone on its line, which the signature goes under.</summary>
    public static bool IsClosing(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Closing().IsMatch(line);
    }

    [GeneratedRegex(@"^Dear\s+(?<whom>[^\n]+?)\s*[,:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DearLine();

    [GeneratedRegex(@"^(?:Sincerely|Respectfully|Regards|Best regards|Kind regards|Thank you|Thanks|Yours truly|Yours sincerely|Best|With thanks|Respectfully yours|Atentamente|Cordialmente|Respetuosamente|Saludos cordiales|Saludos|Gracias|Muchas gracias)\s*,\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Closing();
}

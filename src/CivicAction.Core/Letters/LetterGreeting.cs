using System.Text.RegularExpressions;

namespace CivicAction.Core.Letters;

/// <summary>The addressee of a greeting line as a letter writes it: "Dear Rep. Jane Doe," addresses "Rep. Jane Doe".</summary>
public static partial class LetterGreeting
{
    /// <summary>Whom a one-line "Dear ...," greeting addresses, or null when <paramref name="greeting"/> is no such line.</summary>
    public static string? Addressee(string greeting)
    {
        ArgumentNullException.ThrowIfNull(greeting);
        var match = DearLine().Match(greeting.Trim());
        return match.Success ? match.Groups["whom"].Value : null;
    }

    [GeneratedRegex(@"^Dear\s+(?<whom>[^\n]+?)\s*[,:]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DearLine();
}

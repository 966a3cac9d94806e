using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters.Composing;

/// <summary>The template's paragraphs with the blanks filled, then the person's paragraph; paragraphs apart by a blank line.</summary>
public static class ComposedText
{
    public static string Compose(ComposerTemplate template, ComposerInput input)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(input);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < template.Placeholders.Count; i++)
        {
            var value = input.Value(i).Trim();
            if (value.Length > 0)
            {
                values[template.Placeholders[i]] = value;
            }
        }

        var paragraphs = template.Paragraphs.Select(p => Placeholders.Fill(p, name => values.GetValueOrDefault(name))).ToList();
        var personal = Normalize(input.Personal).Trim();
        if (personal.Length > 0)
        {
            paragraphs.Add(personal);
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Line breaks as one "\n" each, as a browser's text box holds them.</summary>
    public static string Normalize(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}

using System.Globalization;
using System.Text;

namespace CivicAction.Core.Briefs;

/// <summary>Readable, stable addresses made from headlines: lower-case ASCII words joined by dashes.</summary>
public static class Slug
{
    public const int MaxLength = 60;

    public static string FromHeadline(string headline)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in headline.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue; // é -> e, Salvador's -> salvadors
            }

            if (c < 128 && char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        var slug = new StringBuilder();
        foreach (var w in words)
        {
            var extra = slug.Length == 0 ? w.Length : w.Length + 1;
            if (slug.Length + extra > MaxLength)
            {
                if (slug.Length == 0)
                {
                    slug.Append(w.AsSpan(0, MaxLength));
                }

                break;
            }

            slug.Append(slug.Length == 0 ? "" : "-").Append(w);
        }

        return slug.Length == 0 ? "story" : slug.ToString();
    }
}

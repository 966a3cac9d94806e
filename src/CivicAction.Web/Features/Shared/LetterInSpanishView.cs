using CivicAction.Core.Letters;
using CivicAction.Web.Platform.Localization;

namespace CivicAction.Web.Features.Shared;

/// <summary>One row beside the English letter: the paragraph sent, what it says in Spanish, and whether that is a note about it rather than its words.</summary>
public sealed record LetterInSpanishRow(string English, string Spanish, bool IsNote);

/// <summary>
/// The English letter to an office beside what it says in Spanish (<see cref="LetterInSpanish"/>), shown on a Spanish
/// page before the person sends it. <see cref="Edited"/>: the person changed the letter, so its paragraphs no longer
/// match the draft and the page says so instead.
/// </summary>
public sealed record LetterInSpanishView(IReadOnlyList<LetterInSpanishRow> Rows, bool Edited)
{
    /// <summary>The rows for <paramref name="parts"/> on a Spanish page; null on an English one, where the letter needs no rendering.</summary>
    public static LetterInSpanishView? For(string subject, IReadOnlyList<LetterPart> parts, bool edited = false)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(parts);
        if (SiteLanguages.Current != SiteLanguages.Spanish)
        {
            return null;
        }

        if (edited || parts.Count == 0)
        {
            return new LetterInSpanishView([], Edited: true);
        }

        var rows = new List<LetterInSpanishRow> { new("Subject: " + subject, LetterInSpanish.Subject(subject), false) };
        foreach (var (english, spanish) in parts.Zip(LetterInSpanish.Render(parts)))
        {
            var isNote = spanish.Text == LetterInSpanish.TemplateNote;
            // The template's paragraphs in a row share one note: said once beside them, not once per paragraph.
            if (isNote && rows[^1].IsNote)
            {
                rows[^1] = rows[^1] with { English = rows[^1].English + "\n\n" + english.Text };
                continue;
            }

            rows.Add(new LetterInSpanishRow(english.Text, spanish.Text, isNote));
        }

        return new LetterInSpanishView(rows, Edited: false);
    }
}

using System.ComponentModel.DataAnnotations;
using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters.Congress;

/// <summary>
/// A person's own version of one member's letter: the subject and the whole text as they changed them. It rides in the
/// page like the details (the server keeps nothing between steps), and what it says is what is sent, printed and copied.
/// A class, not a record, so the framework's trace log cannot list the text (see <see cref="LetterDetails"/>).
/// </summary>
public sealed class LetterEdit
{
    // A box the person emptied arrives as "", not as null: an emptied letter is refused, never replaced by the template.

    /// <summary>The subject as posted; null when the form had no subject box, and the drafted subject stays.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Subject { get; set; }

    /// <summary>The whole letter as posted; null when the form had no box for it.</summary>
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Body { get; set; }

    /// <summary>The edit as the letter to deliver: line ends made one kind, trailing spaces and blank ends dropped.</summary>
    public CongressLetter ApplyTo(CongressLetter drafted)
    {
        ArgumentNullException.ThrowIfNull(drafted);
        return drafted with
        {
            Subject = Subject is null ? drafted.Subject : Clean(Subject),
            Body = Body is null ? drafted.Body : Clean(Body),
            UnfilledPlaceholders = Placeholders.In(Body).Distinct(StringComparer.Ordinal).ToList(),
            MissingDetails = [],
        };
    }

    /// <summary>Whether this edit says anything other than the drafted letter (an untouched text box is no edit).</summary>
    public bool Differs(CongressLetter drafted)
    {
        ArgumentNullException.ThrowIfNull(drafted);
        return (Subject is not null && Clean(Subject) != Clean(drafted.Subject))
            || (Body is not null && Clean(Body) != Clean(drafted.Body));
    }

    /// <summary>One kind of line end, no trailing spaces on a line, no blank lines at either end; "" when only blanks.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd());
        return string.Join("\n", lines).Trim('\n');
    }
}

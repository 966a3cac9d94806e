using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters.Congress;

/// <summary>
/// What an edited letter must still be to be delivered: a subject on one line, a text that is not empty, not longer
/// than offices' forms take, with no control characters and no [bracketed] blank left to fill. Field names are those of
/// the letter's form (<c>edits[KEY].subject</c>, <c>edits[KEY].body</c>), so each message appears next to its box.
/// </summary>
public static class LetterEditChecks
{
    public const int SubjectMax = 200;

    /// <summary>
    /// Senate and House contact forms commonly cap the message near 10,000 characters; CWC takes a message of that order
    /// too. A letter longer than this would be cut or refused by the office, so it is refused here with the count.
    /// </summary>
    public const int BodyMax = 10_000;

    public static List<FieldCheck> Check(string key, LetterEdit edit)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(edit);
        var errors = new List<FieldCheck>();
        var subjectField = FieldName(key, "subject");
        var subject = edit.Subject?.Trim();
        if (subject is null)
        {
            // No subject box in the form: the drafted subject stays.
        }
        else if (subject.Length == 0)
        {
            errors.Add(FieldCheck.Blocking(subjectField, LetterCheckCodes.Required, "Write a subject: offices sort their mail by it."));
        }
        else if (subject.Any(char.IsControl))
        {
            errors.Add(FieldCheck.Blocking(subjectField, LetterCheckCodes.LineBreakOrControl, "Write the subject on one line: line breaks and other control characters are not allowed."));
        }
        else if (subject.Length > SubjectMax)
        {
            errors.Add(FieldCheck.Blocking(subjectField, LetterCheckCodes.TooLong, $"Shorten the subject to at most {SubjectMax} characters (it has {subject.Length:N0}).") with { Values = [SubjectMax, subject.Length] });
        }

        var bodyField = FieldName(key, "body");
        var body = edit.Body is null ? null : LetterEdit.Clean(edit.Body);
        if (body is null)
        {
            // No letter box in the form: the drafted letter stays.
        }
        else if (body.Length == 0)
        {
            errors.Add(FieldCheck.Blocking(bodyField, LetterCheckCodes.Required, "The letter is empty: write your letter, or start again from the template."));
        }
        else if (body.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            errors.Add(FieldCheck.Blocking(bodyField, LetterCheckCodes.LineBreakOrControl, "Remove the invisible control character from the letter."));
        }
        else if (body.Length > BodyMax)
        {
            errors.Add(FieldCheck.Blocking(bodyField, LetterCheckCodes.TooLong, $"Shorten the letter to at most {BodyMax:N0} characters (it has {body.Length:N0}): offices' forms take no more, and short letters are read.") with { Values = [BodyMax, body.Length] });
        }
        else if (Placeholders.In(body).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } blanks)
        {
            errors.Add(FieldCheck.Blocking(bodyField, LetterCheckCodes.Required,
                $"Replace the blank{(blanks.Count == 1 ? "" : "s")} {string.Join(", ", blanks.Select(b => $"[{b}]"))} in the letter with your own words.") with { Values = [string.Join(", ", blanks.Select(b => $"[{b}]"))] });
        }

        return errors;
    }

    /// <summary>The form field of one part of a member's edit, as the model binder reads it.</summary>
    public static string FieldName(string key, string part) => $"edits[{key}].{part}";
}

using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>What the letters and send pages show for posted details: the form again (with messages), or the letters.</summary>
public sealed record LettersStep(DetailsFormView? Form, LettersView? Letters, DataAsOf Data)
{
    public string Title => Form is null
        ? LetterStrings.Text(Letters?.Errors.Count > 0 ? "Step.LettersTitleWithErrors" : "Step.LettersTitle")
        : LetterStrings.Text(Form.Errors.Count > 0 ? "Step.DetailsTitleWithErrors" : "Step.DetailsTitle");
}

/// <summary>The checks and drafting shared by the letters page and the "send for me" page.</summary>
public static class LetterPages
{
    /// <summary>
    /// Checks the posted details and drafts the letters. Anything missing sends the person back to
    /// the form with what they typed and a message per field; no letter is shown with a blank in it.
    /// </summary>
    public static LettersStep Prepare(CongressWriting writing, CongressLookup lookup, CongressAction action, LetterDetails details, bool edit)
    {
        ArgumentNullException.ThrowIfNull(writing);
        ArgumentNullException.ThrowIfNull(lookup);
        ArgumentNullException.ThrowIfNull(details);
        var data = lookup.Data();
        var recipients = writing.Recipients(details);
        var typed = string.IsNullOrWhiteSpace(details.Seat);
        var errors = LetterCheckTexts.Localize(LetterDetailsChecks.Check(details, action.Extras, recipients.Delegation?.State, typed));
        if (recipients.Delegation is { } chosen && !errors.Any(e => e.Field == "zip") && lookup.ZipOutside(details.Zip, chosen) is { } zipError)
        {
            errors = [.. errors, zipError];
        }

        if (edit || recipients.Error is not null || errors.Count > 0)
        {
            return new LettersStep(new DetailsFormView(action, details, recipients.Delegation, edit ? [] : errors, recipients.Error).ForCwc(writing.CwcEnabled), null, data);
        }

        // Edits of letters this page does not draft (a member no longer in the data, a tampered key) are dropped.
        foreach (var key in details.Edits.Keys.Where(k => recipients.Targets.All(t => t.Key != k)).ToList())
        {
            details.Edits.Remove(key);
        }

        var letters = writing.Draft(action, details, recipients.Targets);
        foreach (var letter in letters)
        {
            if (!letter.Edited)
            {
                details.Edits.Remove(letter.Target.Key); // a box sent back as drafted: the details keep reaching that letter
            }
            else
            {
                // What rides on in the page is the letter as it is shown, tidied once.
                details.Edits[letter.Target.Key] = new LetterEdit { Subject = letter.Letter.Subject, Body = letter.Letter.Body };
            }
        }

        var blanks = letters.Where(l => !l.Edited).SelectMany(l => l.Letter.UnfilledPlaceholders.Concat(l.Letter.MissingDetails)).Distinct(StringComparer.Ordinal).ToList();
        if (blanks.Count > 0)
        {
            // The checks above make this unreachable; if they ever fall behind the drafter, no blank letter slips out.
            return new LettersStep(new DetailsFormView(action, details, recipients.Delegation, [], LetterStrings.Format("Step.Blanks", string.Join(", ", blanks))).ForCwc(writing.CwcEnabled), null, data);
        }

        return new LettersStep(null, new LettersView(
            action, details, recipients.Delegation, letters, data, writing.SmtpEnabled, []), data);
    }
}

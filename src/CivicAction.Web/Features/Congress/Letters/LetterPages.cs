using CivicAction.Web.Features.Congress.Lookup;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Web.Features.Congress.Letters;

/// <summary>What the letters and send pages show for posted details: the form again (with messages), or the letters.</summary>
public sealed record LettersStep(DetailsFormView? Form, LettersView? Letters, DataAsOf Data)
{
    public string Title => Form is null
        ? (Letters?.SendErrors.Count > 0 ? "Error: " : "") + "Your letters"
        : (Form.Errors.Count > 0 ? "Error: " : "") + "Your details for the letters";
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
        var errors = LetterDetailsChecks.Check(details, action.Extras, recipients.Delegation?.State, typed);
        if (recipients.Delegation is { } chosen && !errors.Any(e => e.Field == "zip") && lookup.ZipOutside(details.Zip, chosen) is { } zipError)
        {
            errors = [.. errors, zipError];
        }

        if (edit || recipients.Error is not null || errors.Count > 0)
        {
            return new LettersStep(new DetailsFormView(action, details, recipients.Delegation, edit ? [] : errors, recipients.Error).ForCwc(writing.CwcEnabled), null, data);
        }

        var letters = writing.Draft(action, details, recipients.Targets);
        var blanks = letters.SelectMany(l => l.Letter.UnfilledPlaceholders.Concat(l.Letter.MissingDetails)).Distinct(StringComparer.Ordinal).ToList();
        if (blanks.Count > 0)
        {
            // The checks above make this unreachable; if they ever fall behind the drafter, no blank letter slips out.
            return new LettersStep(new DetailsFormView(action, details, recipients.Delegation, [], $"The letter still has blanks: {string.Join(", ", blanks)}.").ForCwc(writing.CwcEnabled), null, data);
        }

        return new LettersStep(null, new LettersView(
            action, details, recipients.Delegation, letters, data, writing.SmtpEnabled, []), data);
    }
}

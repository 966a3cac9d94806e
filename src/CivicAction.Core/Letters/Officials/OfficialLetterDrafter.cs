using System.Text;
using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;
using CivicAction.Core.Congress;
using CivicAction.Core.Formats;

namespace CivicAction.Core.Letters.Officials;

/// <summary>
/// Drafts a letter to an official the site does not look up, from the brief's template: its subject and the blocks meant
/// for the recipient, in order, as the brief writes them (the salutation too: "Dear [State Legislator Name]," takes the
/// name the person types, not a title of the site's choosing), the blanks filled, the person's own paragraph before the
/// closing, and the closing signed with the person's address block. Steps for the reader ("Before you send:") and the
/// guidance are never part of the letter.
/// </summary>
public static partial class OfficialLetterDrafter
{
    private const string Indent = "  ";

    /// <summary>The blanks the person fills in by hand, in the order they first appear: those the address block does not fill.</summary>
    public static IReadOnlyList<string> Blanks(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return LetterTexts(action).SelectMany(Placeholders.In)
            .Where(name => WriterBlanks.Of(name) is null)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The blanks that stand in the salutation ("Dear [State Legislator Name],"): the person writes them as the greeting addresses the official.</summary>
    public static IReadOnlyList<string> SalutationBlanks(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return MessageBlocks(action).Where(b => IsSalutation(b.Text)).SelectMany(b => Placeholders.In(b.Text)).ToList();
    }

    public static OfficialLetter Draft(BriefAction action, OfficialLetterDetails details)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(details);
        var blanks = Blanks(action);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < blanks.Count; i++)
        {
            if (details.ExtraValue(i).Trim() is { Length: > 0 } value)
            {
                values[blanks[i]] = value;
            }
        }

        var unfilled = new List<string>();
        string Fill(string text) => Placeholders.Fill(text, name =>
        {
            var value = WriterBlanks.Of(name) is { } key ? WriterValue(key, details) : values.GetValueOrDefault(name.Trim());
            if (string.IsNullOrWhiteSpace(value))
            {
                if (!unfilled.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    unfilled.Add(name);
                }

                return null;
            }

            return value;
        });

        var parts = new List<LetterPart>();
        var closing = -1;
        var spanish = LetterLanguage.IsSpanish(action);
        var blocks = MessageBlocks(action).ToList();
        // "[Your Name], [Your Town]" ending a template that has no closing ("To the editor: ..."): a signature too.
        var signatureFrom = blocks.Count;
        while (signatureFrom > 0 && WriterBlanks.OnlySigns(blocks[signatureFrom - 1]))
        {
            signatureFrom--;
        }

        for (var index = 0; index < blocks.Count; index++)
        {
            var block = blocks[index];
            var announces = BlockRoles.AnnouncesTheWords(block.Label);
            if (announces && block.Text.Length == 0 && block.Items.Count == 0)
            {
                continue;
            }

            // "[Your Name]" and "[Your Address]" under the closing, or ending the template, are the signature: the
            // address block takes their place.
            if ((closing >= 0 || index >= signatureFrom) && WriterBlanks.OnlySigns(block))
            {
                continue;
            }

            var sb = new StringBuilder(Fill(block.Label is null || announces ? block.Text : block.Text.Length == 0 ? $"{block.Label}:" : $"{block.Label}: {block.Text}"));
            AppendItems(sb, block.Items, 0, Fill);
            var paragraph = sb.ToString();
            var closes = closing < 0 && block.Label is null && block.Items.Count == 0 && LetterLines.IsClosing(block.Text);
            parts.Add((block.Label is null || announces) && IsSalutation(block.Text)
                ? new LetterPart(LetterPartKind.Salutation, paragraph, LetterLines.Addressee(paragraph))
                : new LetterPart(closes ? LetterPartKind.Closing : LetterPartKind.Template, paragraph));
            if (closes)
            {
                closing = parts.Count - 1;
            }
        }

        if (closing < 0)
        {
            // In the template's language: a Spanish template is not signed off in English.
            parts.Add(new LetterPart(LetterPartKind.Closing, spanish ? "Atentamente," : "Sincerely,"));
            closing = parts.Count - 1;
        }

        parts.Insert(closing + 1, new LetterPart(LetterPartKind.Signature, string.Join("\n", AddressBlock(details))));
        if (Personal(details.Personal) is { } own)
        {
            // After the template's own points, before the closing and any thanks just above it.
            var at = closing;
            while (at > 1 && LetterLines.IsThanks(parts[at - 1].Text))
            {
                at--;
            }

            parts.Insert(at, new LetterPart(LetterPartKind.Personal, own));
        }

        var subject = Fill(action.Subject ?? (ToTheEditor().IsMatch(action.Title) ? "Letter to the editor" : action.Title));
        return new OfficialLetter(subject, LetterPart.Join(parts), AddressTo(action), unfilled) { Parts = parts, InSpanish = spanish };
    }

    /// <summary>The signature: name, street, "City, ST ZIP", e-mail, each line as the person typed it, trimmed.</summary>
    public static IReadOnlyList<string> AddressBlock(OfficialLetterDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        string[] lines = [details.Name?.Trim() ?? "", details.Street?.Trim() ?? "", CityLine(details), details.Email?.Trim() ?? ""];
        return lines.Where(l => l.Length > 0).ToList();
    }

    /// <summary>"Springfield, IL 62701": the last line of a US postal address.</summary>
    public static string CityLine(OfficialLetterDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var state = UsStates.TryFind(details.State, out var found) ? found.Code : details.State?.Trim() ?? "";
        var zip = ZipCode.TryParse(details.Zip, out var parsed, out _) ? parsed.ToString() : details.Zip?.Trim() ?? "";
        var city = details.City?.Trim() ?? "";
        return $"{city}{(city.Length > 0 && state.Length > 0 ? ", " : "")}{state} {zip}".Trim();
    }

    /// <summary>The e-mail address the brief gives for the action (its contact lines first, then its texts), or null.</summary>
    public static string? AddressTo(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Contacts.Emails.Concat(action.Mentioned.Emails).Select(ContactLine.WithoutMailto).FirstOrDefault(EmailAddress.IsValid);
    }

    /// <summary>
    /// The official finder the brief points to: the first web address in its guidance ("Use the official finder at ..."),
    /// else in its steps for the reader; null when it gives none.
    /// </summary>
    public static string? Finder(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var guidance = action.Guidance is { } g ? ActionTexts.Of(g.Items).Prepend(g.Heading) : [];
        var steps = action.Blocks.Where(b => b.Role == BlockRole.Instructions).SelectMany(ActionTexts.Of);
        return guidance.Concat(steps).SelectMany(t => TextContacts.In(t).Urls).FirstOrDefault();
    }

    private static IEnumerable<Block> MessageBlocks(BriefAction action) => action.Blocks.Where(b => b.Role == BlockRole.Message);

    private static IEnumerable<string> LetterTexts(BriefAction action) =>
        MessageBlocks(action).SelectMany(ActionTexts.Of).Prepend(action.Subject ?? action.Title);

    private static void AppendItems(StringBuilder sb, IReadOnlyList<ListItem> items, int depth, Func<string, string> fill)
    {
        foreach (var item in items)
        {
            sb.Append('\n');
            for (var i = 0; i < depth; i++)
            {
                sb.Append(Indent);
            }

            sb.Append("- ").Append(fill(item.Text));
            AppendItems(sb, item.Items, depth + 1, fill);
        }
    }

    private static string? Personal(string? text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    // "Dear [State Legislator Name]," or, in a Spanish brief, "Estimado/a [Nombre del legislador]:".
    private static bool IsSalutation(string text) => LineShapes.IsLetterOpening(text);

    private static string? WriterValue(WriterDetail key, OfficialLetterDetails d)
    {
        var state = UsStates.TryFind(d.State, out var found) ? found : null;
        return key switch
        {
            WriterDetail.Name => d.Name?.Trim(),
            WriterDetail.Street => d.Street?.Trim(),
            WriterDetail.Address => string.IsNullOrWhiteSpace(d.Street) || string.IsNullOrWhiteSpace(d.City) || state is null ? null : $"{d.Street.Trim()}, {CityLine(d)}",
            WriterDetail.City => d.City?.Trim(),
            WriterDetail.State => state?.Name,
            WriterDetail.CityState => string.IsNullOrWhiteSpace(d.City) || state is null ? null : $"{d.City.Trim()}, {state.Code}",
            WriterDetail.Zip => ZipCode.TryParse(d.Zip, out var zip, out _) ? zip.ToString() : null,
            _ => d.Email?.Trim(),
        };
    }

    // "Write a letter to the editor of the Courier": a title that asks for the letter is no subject for it.
    [GeneratedRegex(@"\bletters? to the editor\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToTheEditor();

}

/// <summary>
/// A letter to an official, ready to copy, print or open in an e-mail app when <see cref="Unfilled"/> is empty; <see cref="To"/>
/// is the address the brief gives, or null when it gives none.
/// </summary>
public sealed record OfficialLetter(string Subject, string Body, string? To, IReadOnlyList<string> Unfilled)
{
    /// <summary>"Open in my e-mail app", only with an address from the brief (capped in length, see <see cref="MailtoLink"/>).</summary>
    public MailtoLink? Mailto => To is null ? null : MailtoLink.For(To, Subject, Body);

    /// <summary>The paragraphs of <see cref="Body"/> and where each comes from.</summary>
    public IReadOnlyList<LetterPart> Parts { get; init; } = [];

    /// <summary>The brief's template is written in Spanish, and so is what the site added to it.</summary>
    public bool InSpanish { get; init; }
}

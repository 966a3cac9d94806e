using System.Text;
using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;
using CivicAction.Core.Congress;

namespace CivicAction.Core.Letters.Congress;

/// <summary>
/// Drafts the letter of an e-mail action for one member of Congress: the template's subject
/// and blocks, addressed to the member, placeholders filled, signed with the constituent's
/// name and postal address. The action's guidance ("How to find your representative") and
/// heading are instructions to the reader and never part of the letter.
/// </summary>
public static partial class CongressLetterDrafter
{
    private const string Indent = "  ";

    /// <summary>The letter for one member; <paramref name="personal"/> is the person's own paragraph, placed before the closing.</summary>
    public static CongressLetter Draft(
        BriefAction action, Constituent constituent, Recipient recipient, IReadOnlyDictionary<string, string>? values = null,
        string? personal = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(constituent);
        ArgumentNullException.ThrowIfNull(recipient);
        if (action.Channel != ActionChannel.Email)
        {
            throw new ArgumentException($"action {action.Number} is a {action.Channel} action, not a letter", nameof(action));
        }

        var filler = new PlaceholderFiller(constituent, recipient, values);
        var subject = filler.Fill(action.Subject ?? action.Title);
        // What the site adds is written in the template's language: a Spanish template gets a Spanish greeting and closing.
        var spanish = LetterLanguage.IsSpanish(action);

        var parts = new List<LetterPart>();
        var addressed = false;
        var closed = false;

        // Steps for the reader ("How to send:", "Tips:") are part of the action, never of the letter.
        foreach (var block in action.Blocks.Where(b => b.Role == BlockRole.Message))
        {
            // "Sample letter:" announces the template; its words are the letter, the label is not.
            var announces = BlockRoles.AnnouncesTheWords(block.Label);
            var isSalutation = (block.Label is null || announces) && IsSalutation(block.Text);
            var text = block.Text;
            var addressee = (string?)null;
            if (isSalutation)
            {
                addressed = true;
                var generic = GenericSalutation().IsMatch(text) || TitledPlaceholder().IsMatch(text) || GenericSaludo().IsMatch(text);
                text = generic ? Greeting(recipient, spanish) : text;
                addressee = generic ? recipient.Salutation : null;
            }

            // "[Your Name]" or "[Su nombre]" under the template's closing: the signature below takes its place.
            if (closed && WriterBlanks.OnlySigns(block))
            {
                continue;
            }

            if (announces && text.Length == 0 && block.Items.Count == 0)
            {
                continue;
            }

            var sb = new StringBuilder();
            var first = block.Label is null || announces ? text : text.Length == 0 ? $"{block.Label}:" : $"{block.Label}: {text}";
            sb.Append(filler.Fill(first, isSalutation));
            AppendItems(sb, block.Items, 0, filler);
            var paragraph = sb.ToString();
            closed |= !isSalutation && LetterLines.IsClosing(paragraph);
            parts.Add(isSalutation
                ? new LetterPart(LetterPartKind.Salutation, paragraph, addressee ?? LetterLines.Addressee(paragraph))
                : new LetterPart(LetterLines.IsClosing(paragraph) ? LetterPartKind.Closing : LetterPartKind.Template, paragraph));
        }

        if (!addressed)
        {
            parts.Insert(0, new LetterPart(LetterPartKind.Salutation, Greeting(recipient, spanish), recipient.Salutation));
        }

        // Offices answer constituents: say so, and where, at once, unless the template already does.
        if (!parts.Any(p => SaysWhereTheWriterLives().IsMatch(p.Text)) && !string.IsNullOrWhiteSpace(constituent.City))
        {
            var where = PlaceholderFiller.CityLine(constituent);
            var sentence = spanish ? $"Vivo en {where} y usted me representa en el Congreso." : $"I am your constituent in {where}.";
            parts.Insert(1, new LetterPart(LetterPartKind.Constituent, sentence, where));
        }

        var missing = MissingDetails(constituent);
        if (!LetterLines.IsClosing(parts[^1].Text))
        {
            parts.Add(new LetterPart(LetterPartKind.Closing, spanish ? "Atentamente," : "Sincerely,"));
        }
        else
        {
            parts[^1] = parts[^1] with { Kind = LetterPartKind.Closing };
        }

        if (Personal(personal) is { } own)
        {
            // Before the closing and any thanks that precede it, after the template's own points.
            var at = parts.Count - 1;
            while (at > 1 && LetterLines.IsThanks(parts[at - 1].Text))
            {
                at--;
            }

            parts.Insert(at, new LetterPart(LetterPartKind.Personal, own));
        }

        parts.Add(new LetterPart(LetterPartKind.Signature, Signature(constituent)));
        return new CongressLetter(subject, LetterPart.Join(parts), filler.Unfilled, missing) { Parts = parts, InSpanish = spanish };
    }

    /// <summary>
    /// A short call script (2–4 sentences): who is calling, from where, what the letter is
    /// about and what it asks of the member, from the block labelled as the request.
    /// </summary>
    public static PhoneScript PhoneScript(
        BriefAction action, Constituent constituent, Recipient recipient, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(constituent);
        ArgumentNullException.ThrowIfNull(recipient);
        var filler = new PlaceholderFiller(constituent, recipient, values);

        var sentences = new List<string>();
        var where = PlaceholderFiller.CityLine(constituent);
        var subject = LowerFirst(filler.Fill((action.Subject ?? action.Title).TrimEnd('.')));
        if (LetterLanguage.IsSpanish(action))
        {
            // The brief speaks Spanish: so does its script, and the ask is said as the brief writes it.
            sentences.Add(string.IsNullOrWhiteSpace(constituent.Name)
                ? $"Hola, vivo en {where} y {LetterInSpanish.Addressee(recipient.Salutation)} me representa."
                : $"Hola, me llamo {constituent.Name.Trim()} y vivo en {where}.");
            sentences.Add($"Llamo por este asunto: {subject}.");
            if (Ask(action) is { } pedido)
            {
                sentences.Add(filler.Fill(pedido));
            }

            sentences.Add("Gracias.");
            return new PhoneScript(string.Join(' ', sentences), filler.Unfilled) { InSpanish = true };
        }

        sentences.Add(string.IsNullOrWhiteSpace(constituent.Name)
            ? $"Hello, I'm a constituent from {where}."
            : $"Hello, my name is {constituent.Name.Trim()}, and I'm a constituent from {where}.");

        sentences.Add($"I'm calling about {subject}.");

        if (Ask(action) is { } ask)
        {
            sentences.Add(AskOf(filler.Fill(ask), recipient));
        }

        sentences.Add("Thank you.");
        return new PhoneScript(string.Join(' ', sentences), filler.Unfilled);
    }

    /// <summary>
    /// The placeholders the writer must fill in by hand: those that name neither the member nor
    /// the constituent ("[Bill Number]", "[Your story]"), in the order they first appear. Found by
    /// drafting for a complete constituent, so this agrees with <see cref="Draft"/> by construction.
    /// </summary>
    public static IReadOnlyList<string> ExtraPlaceholders(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var everyone = new Constituent("Name", "Street", "City", "WA", "98101", "name@example.org");
        var member = new Recipient("Senator", "Name", "Full Name");
        var letter = Draft(action, everyone, member);
        var script = PhoneScript(action, everyone, member);
        return letter.UnfilledPlaceholders
            .Concat(script.UnfilledPlaceholders)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static void AppendItems(StringBuilder sb, IReadOnlyList<ListItem> items, int depth, PlaceholderFiller filler)
    {
        foreach (var item in items)
        {
            sb.Append('\n');
            for (var i = 0; i < depth; i++)
            {
                sb.Append(Indent);
            }

            sb.Append("- ").Append(filler.Fill(item.Text));
            AppendItems(sb, item.Items, depth + 1, filler);
        }
    }

    /// <summary>The person's paragraph as the letter holds it: line endings normalised, blank lines collapsed.</summary>
    private static string? Personal(string? text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private static bool IsSalutation(string text) => LineShapes.IsLetterOpening(text);

    /// <summary>"Dear Senator Welch," or "Estimado/a senador/a Welch:", as each language writes a letter's greeting.</summary>
    private static string Greeting(Recipient recipient, bool spanish) =>
        spanish ? $"Estimado/a {LetterInSpanish.Addressee(recipient.Salutation)}:" : $"Dear {recipient.Salutation},";

    private static string Signature(Constituent c)
    {
        var lines = new List<string> { c.Name.Trim(), c.StreetAddress.Trim(), PlaceholderFiller.CityLine(c) };
        if (!string.IsNullOrWhiteSpace(c.Phone))
        {
            lines.Add(c.Phone.Trim());
        }

        if (!string.IsNullOrWhiteSpace(c.Email))
        {
            lines.Add(c.Email.Trim());
        }

        return string.Join("\n", lines.Where(l => l.Length > 0));
    }

    /// <summary>What the signature lacks for an office to recognise a constituent.</summary>
    private static List<string> MissingDetails(Constituent c)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(c.Name))
        {
            missing.Add("your name");
        }

        if (string.IsNullOrWhiteSpace(c.StreetAddress))
        {
            missing.Add("your street address");
        }

        if (string.IsNullOrWhiteSpace(c.City))
        {
            missing.Add("your city");
        }

        if (!UsStates.TryFind(c.State, out _))
        {
            missing.Add("your state");
        }

        if (!ZipCode.TryParse(c.Zip, out _, out _))
        {
            missing.Add("your ZIP code");
        }

        return missing;
    }

    /// <summary>The first sentence of the block labelled as the request ("My request:", "The ask:").</summary>
    private static string? Ask(BriefAction action)
    {
        var block = action.Blocks.FirstOrDefault(b => b.Role == BlockRole.Message && b.Label is { } label
            && (label.Contains("request", StringComparison.OrdinalIgnoreCase) || label.Contains("ask", StringComparison.OrdinalIgnoreCase))
            && b.Text.Length > 0);
        return block is null ? null : FirstSentence(block.Text);
    }

    /// <summary>"Please support ..." becomes "I'm asking Senator Cantwell to support ...".</summary>
    private static string AskOf(string ask, Recipient recipient)
    {
        var please = Please().Match(ask);
        if (please.Success)
        {
            var rest = ask[please.Length..];
            return $"I'm asking {recipient.Salutation} to {LowerFirst(rest)}";
        }

        var urge = UrgeYou().Match(ask);
        return urge.Success ? $"{urge.Groups["verb"].Value} {recipient.Salutation} to {ask[urge.Length..]}" : ask;
    }

    private static string FirstSentence(string text)
    {
        foreach (Match m in SentenceEnd().Matches(text))
        {
            var before = text[..m.Index];
            var lastWord = before[(before.LastIndexOf(' ') + 1)..];
            // "U.S. Congress", "D.C. Circuit": an abbreviation's period does not end the sentence.
            if (!lastWord.Contains('.', StringComparison.Ordinal) && !(lastWord.Length <= 2 && lastWord.All(char.IsUpper)))
            {
                return text[..(m.Index + 1)];
            }
        }

        return text;
    }

    /// <summary>"Oversight of DHS ..." reads "oversight of DHS ..." mid-sentence; "DHS ..." stays.</summary>
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    // "Dear Senator,", "Dear Representative,", "Dear Member of Congress,": a title without a name.
    [GeneratedRegex(@"^Dear\s+(Senators?|Representatives?|Members? of Congress|Congress(wo)?m[ae]n|Congressperson|Delegate|Lawmakers?|Sir or Madam)\s*[,:]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericSalutation();

    // "Dear Senator [Name],", "Dear Representative [Last name]:", "Dear [Representative/Senator Name],": a member's title,
    // or none, then one placeholder. The line is the member's salutation whole, so no title is doubled ("Senator
    // Senator Welch") and no senator's title reaches a representative.
    [GeneratedRegex(@"^Dear\s+(?:(?:The\s+)?Honorable\s+|Senator\s+|Sen\.\s*|Representative\s+|Rep\.\s*|Congress(?:wo)?man\s+|Congressperson\s+|Congressmember\s+|Delegate\s+|Resident\s+Commissioner\s+|Member\s+of\s+Congress\s+)?\[[^\]]*\]\s*[,:]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitledPlaceholder();

    // "Estimado/a [Nombre del representante]:", "Estimada senadora:", "Estimado/a congresista [Apellido]:": a Spanish
    // greeting with a member's title or a blank and no name of its own.
    [GeneratedRegex(@"^(?:Estimad|Querid)[oa]s?(?:/[oa]s?)?\s+(?:(?:señor(?:a|/a)?\s+)?(?:senador(?:a|/a)?|representante|congresista|miembro del congreso|delegad[oa](?:/a)?)\s*)?(?:\[[^\]]*\])?\s*[,:]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericSaludo();

    // "I am your constituent", "I'm a constituent from", "Vivo en ...", "soy constituyente": the template says where.
    [GeneratedRegex(@"constituent|constituyente|\b(?:vivo|resido)\s+en\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SaysWhereTheWriterLives();

    [GeneratedRegex(@"^Please\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Please();

    [GeneratedRegex(@"^(?<verb>I (?:urge|ask|call on))\s+you\s+to\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrgeYou();

    [GeneratedRegex(@"[.!?](?=\s+[A-Z""“])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}

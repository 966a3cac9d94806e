using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>
/// The one place that decides an action's <see cref="ActionType"/> from its parsed parts. Briefs title an action
/// with what to do ("Call your senators ...", "Submit a comment ...", "Attend ..."), so the title's first words
/// decide first; then the brief's own kind line ("call", "public comment", "attend"); then the content (a FOIA
/// request's words, a subject or salutation, a docket, a number with a script). FOIA wording in the title wins over
/// everything, as it always has: such a request is drafted on its own page.
/// </summary>
public static partial class ActionTypes
{
    private enum Act
    {
        Call,
        Comment,
        Attend,
        Write,
        Reach,
    }

    public static ActionType Of(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (Foia().IsMatch(action.Title))
        {
            return ActionType.FoiaRequest;
        }

        if ((ActOfTitle(action.Title) ?? ActOfKind(action.Kind)) is { } act)
        {
            return Resolve(act, action);
        }

        if (Foia().IsMatch(action.Description) || (action.Heading is { } heading && Foia().IsMatch(heading)))
        {
            return ActionType.FoiaRequest;
        }

        return Resolve(Act.Reach, action);
    }

    /// <summary>Whether the action speaks of the reader's own members of Congress (not state legislators).</summary>
    /// <remarks>A title or description that speaks of state legislators decides: "Dear Senator [Name]" is then a state senator.</remarks>
    internal static bool NamesCongress(BriefAction action) =>
        !(StateLegislators().IsMatch(action.Title) || StateLegislators().IsMatch(action.Description))
        && CongressTexts(action).Any(t => CongressWords().IsMatch(t));

    /// <summary>The texts that say whom the action addresses: title, description, subject, placeholders, salutation.</summary>
    internal static IEnumerable<string> CongressTexts(BriefAction action)
    {
        yield return action.Title;
        yield return action.Description;
        if (action.Subject is { } subject)
        {
            yield return subject;
        }

        foreach (var placeholder in action.Placeholders)
        {
            yield return placeholder;
        }

        foreach (var block in action.Blocks.Where(b => b.Role == BlockRole.Message && b.Text.StartsWith("Dear ", StringComparison.OrdinalIgnoreCase)))
        {
            yield return block.Text;
        }
    }

    private static ActionType Resolve(Act act, BriefAction action) => act switch
    {
        Act.Call => ActionType.Call,
        Act.Comment => ActionType.PublicComment,
        Act.Attend => ActionType.Attend,
        Act.Write => LetterType(action),
        _ => ByContent(action),
    };

    // "Contact your senators", "Tell the governor": the content says whether to write or to call.
    private static ActionType ByContent(BriefAction action)
    {
        if (action.Channel == ActionChannel.Foia)
        {
            return ActionType.FoiaRequest;
        }

        if (IsLetter(action))
        {
            return LetterType(action);
        }

        if (ActionTexts.Of(action).Any(t => CommentPlace().IsMatch(t)) || action.Contacts.Urls.Any(u => CommentPlace().IsMatch(u)))
        {
            return ActionType.PublicComment;
        }

        var mentioned = action.Mentioned;
        var hasPhone = action.Contacts.Phones.Count > 0 || mentioned.Phones.Count > 0;
        if (action.Channel == ActionChannel.Phone || (hasPhone && action.Blocks.Any(IsScript)))
        {
            return ActionType.Call;
        }

        // A text with blanks to fill and an address to send it to ("Sample text:" and records@district.org): an
        // e-mail to whoever keeps that address, such as a state records request.
        var hasEmail = action.Contacts.Emails.Count > 0 || mentioned.Emails.Count > 0;
        if (hasEmail && action.Blocks.Any(b => b.Role == BlockRole.Message && ActionTexts.Of(b).SelectMany(Placeholders.In).Any()))
        {
            return LetterType(action);
        }

        return ActionType.Other;
    }

    private static bool IsLetter(BriefAction action) =>
        action.Subject is not null || action.Blocks.Any(b => b.Role == BlockRole.Message && b.Text.StartsWith("Dear ", StringComparison.OrdinalIgnoreCase));

    // A letter to one's own members of Congress, to another official, or (to the editor, to a company) to neither.
    private static ActionType LetterType(BriefAction action)
    {
        if (NamesCongress(action))
        {
            return ActionType.CongressLetter;
        }

        var recipient = $"{action.Title} {action.Description}";
        if (NotAnOfficial().IsMatch(recipient))
        {
            return ActionType.Other;
        }

        return IsLetter(action) || Official().IsMatch(recipient) || action.Contacts.Emails.Count > 0 ? ActionType.OfficialLetter : ActionType.Other;
    }

    private static bool IsScript(Block block) =>
        block.Role == BlockRole.Message && block.Label is { } label && ScriptLabel().IsMatch(label);

    private static Act? ActOfTitle(string title)
    {
        if (CallTitle().IsMatch(title))
        {
            return Act.Call;
        }

        if (CommentTitle().IsMatch(title))
        {
            return Act.Comment;
        }

        if (AttendTitle().IsMatch(title))
        {
            return Act.Attend;
        }

        if (WriteTitle().IsMatch(title))
        {
            return Act.Write;
        }

        return null;
    }

    private static Act? ActOfKind(string kind)
    {
        if (CallKind().IsMatch(kind))
        {
            return Act.Call;
        }

        if (CommentKind().IsMatch(kind))
        {
            return Act.Comment;
        }

        if (AttendKind().IsMatch(kind))
        {
            return Act.Attend;
        }

        return WriteKind().IsMatch(kind) ? Act.Write : null;
    }

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    [GeneratedRegex(@"\bFOIA\b|Freedom of Information", Options)]
    private static partial Regex Foia();

    [GeneratedRegex(@"^(?:Call|Phone|Ring|Dial)\b|^Make (?:a |your )?(?:phone )?calls?\b", Options)]
    private static partial Regex CallTitle();

    [GeneratedRegex(@"^(?:(?:Submit|File|Leave|Post|Send|Write|Add|Make)\s+(?:a\s+|an\s+|your\s+)?(?:written\s+|public\s+|official\s+)*comments?\b|Comment\b|Weigh in on\s+(?:the\s+|a\s+)?(?:\S+\s+){0,4}?(?:rule|proposal|regulation|docket)\b)", Options)]
    private static partial Regex CommentTitle();

    [GeneratedRegex(@"^(?:Attend|Testify|Go to|Show up|Turn out|Pack|Be at|Come to|(?:Join|Speak|Give testimony|Give public comment)\b.*\b(?:meeting|hearing|town ?hall|forum|session|listening|rally|vigil|march|protest|council|board|commission|committee))\b", Options)]
    private static partial Regex AttendTitle();

    [GeneratedRegex(@"^(?:E-?mail|Write|Send (?:a |an |your )?(?:letter|e-?mail|message|note)|Mail|Message|Letter)\b", Options)]
    private static partial Regex WriteTitle();

    [GeneratedRegex(@"\b(?:call|phone)", Options)]
    private static partial Regex CallKind();

    [GeneratedRegex(@"\bcomment", Options)]
    private static partial Regex CommentKind();

    [GeneratedRegex(@"\b(?:attend|meeting|hearing|town ?hall|event|rally|testify|testimony)", Options)]
    private static partial Regex AttendKind();

    [GeneratedRegex(@"\b(?:e-?mail|letter|write|writing)", Options)]
    private static partial Regex WriteKind();

    [GeneratedRegex(@"regulations\.gov|\bdocket\b|federalregister\.gov|\bproposed rule\b|\bcomment period\b", Options)]
    private static partial Regex CommentPlace();

    [GeneratedRegex(@"script|what to say|talking points", Options)]
    private static partial Regex ScriptLabel();

    // The reader's own members of Congress; "state senator" or "state representatives" are state legislators. A brief
    // written in Spanish names them "el Congreso" or "sus congresistas".
    [GeneratedRegex(@"(?<!\b(?:state|city|county|local|town|assembly)\s)\b(?:members? of Congress|Congress(?:man|woman|person|member|ional)?|senators?|representatives?|House members?|U\.S\. (?:senators?|representatives?)|Congreso|congresistas?)\b", Options)]
    private static partial Regex CongressWords();

    [GeneratedRegex(@"\b(?:state|assembly)\s+(?:senators?|representatives?|legislat\w*|lawmakers?|delegates?)|\bassembly\s*(?:members?|man|woman|person)\b|\bstate\s+house\b", Options)]
    private static partial Regex StateLegislators();

    [GeneratedRegex(@"\b(?:legislat\w*|lawmakers?|governor|mayor|council\w*|commission\w*|secretary|attorney general|agency|department|administrator|director|chair\w*|committee|board|official\w*|superintendent|sheriff|district attorney|inspector general|ombuds\w*|comptroller|treasurer|president|White House|assembly\w*|delegates?|alder\w*|supervisors?|librarian|regulators?|state senators?|state representatives?)\b", Options)]
    private static partial Regex Official();

    [GeneratedRegex(@"\b(?:editor|op-?ed|newspaper)\b", Options)]
    private static partial Regex NotAnOfficial();
}

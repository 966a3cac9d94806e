using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;
using CivicAction.Core.Letters.Congress;

namespace CivicAction.Core.Letters.Calls;

/// <summary>
/// The person calling, as far as they chose to say: both parts optional and never stored. <see cref="State"/> and
/// <see cref="Zip"/> are what the member lookup already knows (a state code, the ZIP typed for the lookup).
/// </summary>
public sealed record Caller(string? Name, string? City, string? State = null, string? Zip = null)
{
    public static Caller Nobody { get; } = new(null, null);
}

/// <summary>
/// What to say on a call: the script, and the words for a voicemail (the brief's own lines when it has a voicemail
/// block, else a short default made of the caller, the place and the script's ask). <see cref="Unfilled"/> are the
/// blanks still left, shown as such for the caller to say in their own words.
/// </summary>
public sealed record CallScript(string Script, IReadOnlyList<string> Voicemail, bool VoicemailFromBrief, IReadOnlyList<string> Unfilled)
{
    /// <summary>The brief's action is written in Spanish, and so is what the site wrote for the call.</summary>
    public bool InSpanish { get; init; }
}

/// <summary>
/// Fills a call action's script for one member of Congress (or, for a call to a number, for nobody in particular):
/// "[Your Name]" and "[Your City]" take the caller's, "[Senator Name]" the member's. A title written before a blank
/// ("Senator [Senator Name]") is the member's own title, so no title is doubled and a representative is never called
/// a senator. Nothing is invented: a blank nobody gave stays a blank.
/// </summary>
public static partial class CallScripts
{
    private static readonly Recipient NoMember = new("", "", "");

    public static CallScript For(BriefAction action, Caller caller, Recipient? member)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(caller);
        var constituent = new Constituent(Trim(caller.Name), "", Trim(caller.City), Trim(caller.State), Trim(caller.Zip), "");
        var filler = new PlaceholderFiller(constituent, member ?? NoMember, null);
        string Fill(string text) => filler.Fill(member is null ? text : TitledBlank().Replace(text, member.Salutation));

        // What the site writes around the brief's words is in the brief's language: a Spanish brief is not answered in English.
        var spanish = LetterLanguage.IsSpanish(LetterLanguage.MessageTexts(action).Append(action.Title).Append(action.Description));
        var script = Fill(ScriptText(action, member, spanish));
        var voicemailBlock = action.Blocks.FirstOrDefault(b => b.Label is { } label && VoicemailLabel().IsMatch(label));
        IReadOnlyList<string> voicemail;
        if (voicemailBlock is not null && Lines(voicemailBlock).Count > 0)
        {
            voicemail = Lines(voicemailBlock).Select(Fill).ToList();
        }
        else
        {
            voicemail = [Fill(spanish
                ? $"Hola, me llamo [Su nombre] y vivo en [Su ciudad]. {Ask(script, action, spanish)} Gracias."
                : $"Hello, my name is [Your Name], and I'm a constituent in [Your City]. {Ask(script, action, spanish)} Thank you.")];
        }

        return new CallScript(script, voicemail, voicemailBlock is not null && Lines(voicemailBlock).Count > 0, filler.Unfilled) { InSpanish = spanish };
    }

    /// <summary>The brief's script: the block labelled as one, else the first message that reads as words to say.</summary>
    private static string ScriptText(BriefAction action, Recipient? member, bool spanish)
    {
        var messages = action.Blocks
            .Where(b => b.Role == BlockRole.Message && !(b.Label is { } label && VoicemailLabel().IsMatch(label)))
            .ToList();
        var block = messages.FirstOrDefault(b => b.Label is { } label && ScriptLabel().IsMatch(label))
            ?? messages.FirstOrDefault(b => Words().Matches(Phone().Replace(b.Text, "")).Count >= 6);
        if (block is not null)
        {
            return string.Join("\n", Lines(block));
        }

        // No script in the brief: who is calling, and what about, in the brief's own words.
        if (spanish)
        {
            return $"Hola, me llamo [Su nombre] y vivo en [Su ciudad]. Llamo por este asunto: {Topic(action.Title)}. Gracias.";
        }

        var about = $"I'm calling about {Topic(action.Title)}.";
        var ask = AskThem().Match(action.Description);
        var asking = ask.Success ? $" I'm asking {member?.Salutation ?? "you"} to {action.Description[ask.Length..].TrimEnd('.')}." : "";
        return $"Hello, my name is [Your Name], and I live in [Your City]. {about}{asking} Thank you.";
    }

    private static List<string> Lines(Block block)
    {
        var lines = new List<string>();
        if (block.Text.Length > 0)
        {
            lines.Add(block.Text);
        }

        void Add(IReadOnlyList<ListItem> items)
        {
            foreach (var item in items)
            {
                lines.Add(item.Text);
                Add(item.Items);
            }
        }

        Add(block.Items);
        return lines;
    }

    /// <summary>The script's sentence that says what is asked ("I'm calling to ask ..."), else what the call is about.</summary>
    private static string Ask(string script, BriefAction action, bool spanish)
    {
        var sentences = SentenceEnd().Split(script.Replace('\n', ' ')).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return sentences.FirstOrDefault(s => AskWords().IsMatch(s) && !s.StartsWith("Hi", StringComparison.OrdinalIgnoreCase)
                && !s.StartsWith("Hello", StringComparison.OrdinalIgnoreCase) && !s.StartsWith("Hola", StringComparison.OrdinalIgnoreCase))
            ?? (spanish ? $"Llamo por este asunto: {Topic(action.Title)}." : $"I'm calling about {Topic(action.Title)}.");
    }

    private static string Trim(string? text) => text?.Trim() ?? "";

    /// <summary>What a call is about, from the action's title: "Call your representative about the runoff rule" is "the runoff rule".</summary>
    private static string Topic(string title)
    {
        var text = title.Trim().TrimEnd('.');
        var about = CallAbout().Match(text);
        return about.Success ? about.Groups["topic"].Value : LowerFirst(text);
    }

    // "Call your representative about the runoff rule", "Llame a sus congresistas sobre la norma de escorrentía".
    [GeneratedRegex(@"^(?:(?:call|phone|ring|contact)\b.*?\babout|(?:llame|llamar|telefonee|comun[ií]quese)\b.*?\bsobre)\s+(?<topic>\S.*)$", Options)]
    private static partial Regex CallAbout();

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // A member's title and then a blank that is not the caller's ("Senator [Senator Name]", "Rep. [Name]").
    [GeneratedRegex(@"\b(?:(?:The\s+)?Honorable|Senator|Sen\.|Representative|Rep\.|Congress(?:wo)?man|Congressperson|Congressmember|Delegate|Resident\s+Commissioner)\s*\[(?!\s*(?:your|my)\b)[^\[\]\r\n]{1,80}\]", Options)]
    private static partial Regex TitledBlank();

    [GeneratedRegex(@"voice\s*-?mail|answering machine|leave a message|if no one answers|buz[oó]n de voz|mensaje de voz|si nadie contesta|deje un mensaje", Options)]
    private static partial Regex VoicemailLabel();

    [GeneratedRegex(@"script|what to say|talking points|sample|you (?:can|could) say|gui[oó]n|qu[eé] decir|puede decir", Options)]
    private static partial Regex ScriptLabel();

    [GeneratedRegex(@"\b(?:ask|urge|calling|request|tell|oppose|support|vote|pid|ped|llamo|defienda|apoye|vot)\w*\b", Options)]
    private static partial Regex AskWords();

    [GeneratedRegex(@"^Ask (?:them|him|her|your \w+|the \w+)\s+to\s+", Options)]
    private static partial Regex AskThem();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""“\[])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    [GeneratedRegex(@"\+?\d[\d\s().-]{6,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}

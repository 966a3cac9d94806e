using System.Text;
using CivicAction.Core.Briefs;

namespace CivicAction.Tests.Support;

/// <summary>Checks that parsing lost nothing: every word of the file is somewhere in the brief.</summary>
public static class BriefText
{
    private static readonly char[] WordSeparators = [' ', '\t', '\u00A0', '\u2007', '\u202F', ':'];

    private static readonly char[] Punctuation = ".,;:!?()[]\"'“”‘’•*-–".ToCharArray();

    /// <summary>Every string of the brief, tags written back as they were on their line.</summary>
    public static string AllText(Brief brief)
    {
        var sb = new StringBuilder();
        void Add(string? s) => sb.Append(s).Append('\n');
        void AddItems(IEnumerable<ListItem> items)
        {
            foreach (var item in items)
            {
                Add(item.Text);
                AddItems(item.Items);
            }
        }

        Add(brief.Headline);
        Add(brief.Dek);
        brief.Summary.Concat(brief.Body).ToList().ForEach(Add);
        Add(string.Concat(brief.Tags.Select(t => t.Emoji + t.Name)));
        foreach (var action in brief.Actions)
        {
            Add(action.Kind);
            Add(action.Title);
            Add(action.Description);
            action.Contacts.Emails.Concat(action.Contacts.Urls).Concat(action.Contacts.Phones).ToList().ForEach(Add);
            Add(action.Heading);
            Add(action.Subject);
            foreach (var block in action.Blocks)
            {
                Add(block.Label);
                Add(block.Text);
                AddItems(block.Items);
            }

            Add(action.Guidance?.Heading);
            AddItems(action.Guidance?.Items ?? []);
        }

        return TextNormalizer.NormalizeSpaces(sb.ToString().Replace('\n', ' '));
    }

    /// <summary>Words of the file that are missing from the brief (structural lines excepted).</summary>
    public static IReadOnlyList<string> MissingWords(string fileText, Brief brief)
    {
        var all = " " + AllText(brief) + " ";
        var missing = new List<string>();
        var lines = fileText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r');
        var firstContent = Array.FindIndex(lines, l => l.Trim().Trim('\uFEFF').Length > 0);
        for (var i = firstContent + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Equals("What You Can Do", StringComparison.OrdinalIgnoreCase) || line.All(char.IsAsciiDigit))
            {
                continue;
            }

            // Colons split too: "Label: text" is stored as a label and a text.
            foreach (var raw in line.Split([.. WordSeparators], StringSplitOptions.RemoveEmptyEntries))
            {
                var word = raw.Replace("\uFEFF", "", StringComparison.Ordinal).Trim(Punctuation);
                if (word.Length == 0 || HasCaseSeam(word) || word.Equals("Subject", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (!all.Contains(word, StringComparison.Ordinal))
                {
                    missing.Add(word);
                }
            }
        }

        return missing;
    }

    // Doubled names ("NoemKristi") are repaired on purpose, so their seam words are not expected.
    private static bool HasCaseSeam(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLetterOrDigit(word[i - 1]))
            {
                return true;
            }
        }

        return false;
    }
}

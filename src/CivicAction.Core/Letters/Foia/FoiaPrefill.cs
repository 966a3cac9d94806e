using System.Text;
using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters.Foia;

/// <summary>A <see cref="FoiaRequest"/> prefilled from a brief's FOIA action, ready for the requester to complete.</summary>
/// <remarks>
/// Every piece of the action's key points ends up in the request, so the requester edits rather than retypes:
/// the block labelled like "Specific request" becomes the records description, the items of a block whose label
/// mentions questions become the questions, and every other block (opening statement, data points, impact, or a
/// label this code has never seen) goes to the context in the brief's order. Placeholders such as "[Your Name]"
/// are left in place for the checks to point at. Requester details stay empty: a brief has none.
/// </remarks>
public static partial class FoiaPrefill
{
    public static FoiaRequest From(BriefAction action) => From(action, AgencyDirectory.Default);

    public static FoiaRequest From(BriefAction action, AgencyDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(directory);

        var records = new List<string>();
        var questions = new List<string>();
        var context = new List<string>();
        // Steps for the requester ("How to file:", "Tips:") belong to the action's page, not to the letter.
        foreach (var block in action.Blocks.Where(b => b.Role == BlockRole.Message))
        {
            if (FoiaBlocks.IsQuestionsLabel(block.Label))
            {
                if (block.Text.Length > 0)
                {
                    questions.Add(block.Text);
                }

                questions.AddRange(Flatten(block.Items));
            }
            else if (FoiaBlocks.IsRecordsLabel(block.Label))
            {
                records.Add(Render(block, keepLabel: false));
            }
            else
            {
                context.Add(Render(block, keepLabel: block.Label is not null && !IsContextLabel(block.Label)));
            }
        }

        var recordsText = string.Join("\n\n", records.Where(r => r.Length > 0));
        var range = DateRangeText.Find(recordsText);
        var agency = directory.Match(action);
        var title = TitleParts().Match(action.Title);

        return new FoiaRequest
        {
            AgencyKey = agency?.Key,
            AgencyName = agency?.Name ?? (title.Success ? title.Groups["agency"].Value.Trim() : ""),
            Subject = SubjectOf(action, title),
            RecordsDescription = recordsText,
            Context = string.Join("\n\n", context.Where(c => c.Length > 0)),
            Questions = questions,
            DateRangeFrom = range?.From,
            DateRangeTo = range?.To,
            ToPresent = range?.ToPresent ?? false,
        };
    }

    // The labels briefs give the parts of a FOIA letter's background; their label is a note to the reader
    // ("Data points to mention"), not words for the agency, so only their text goes into the context.
    private static bool IsContextLabel(string label) => ContextLabel().IsMatch(label) || BlockRoles.AnnouncesTheWords(label);

    private static string Render(Block block, bool keepLabel)
    {
        var sb = new StringBuilder();
        if (keepLabel)
        {
            sb.Append(block.Label).Append(':');
            if (block.Text.Length > 0)
            {
                sb.Append(' ');
            }
        }

        sb.Append(block.Text);
        AppendItems(sb, block.Items, depth: 0);
        return sb.ToString().Trim('\n');
    }

    private static void AppendItems(StringBuilder sb, IReadOnlyList<ListItem> items, int depth)
    {
        foreach (var item in items)
        {
            sb.Append('\n').Append(' ', depth * 2).Append("- ").Append(item.Text);
            AppendItems(sb, item.Items, depth + 1);
        }
    }

    // A nested bullet under a question is a further question or a detail of it; either way it is kept, in order.
    private static IEnumerable<string> Flatten(IEnumerable<ListItem> items) =>
        items.SelectMany(i => Flatten(i.Items).Prepend(i.Text)).Where(t => t.Length > 0);

    // "File a FOIA request with DHS for the legal justification behind ..." → "legal justification behind ...". A title
    // that names only the agency ("File a FOIA request with the Bureau of Land Management") gives no topic: the
    // action's description does ("Request the appraisals behind the sale" → "appraisals behind the sale"), and
    // without one the subject stays empty rather than repeat an instruction to the reader in the agency's letter.
    private static string SubjectOf(BriefAction action, Match parts)
    {
        var topic = parts.Success
            ? parts.Groups["topic"].Success ? parts.Groups["topic"].Value : action.Description
            : action.Title;
        topic = LeadingArticle().Replace(AskingVerb().Replace(topic.Trim(), ""), "");
        return topic.TrimEnd('.', ' ');
    }

    [GeneratedRegex(@"^\s*(?:(?:opening|introduct\w*|intro|background|context|data\s+points?|key\s+(?:points?|facts?|data)|facts?|impact|why\s+(?:it|this)\s+matters)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ContextLabel();

    [GeneratedRegex(@"\b(?:FOIA|Freedom\s+of\s+Information\s+Act)\s+request\s+(?:with|to)\s+(?:the\s+)?(?<agency>.+?)(?:\s+(?:for|about|on|regarding|concerning|seeking)\s+(?<topic>.+))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleParts();

    // "Request the appraisals ...", "Ask for the contracts ...": the reader's instruction, not the letter's topic.
    [GeneratedRegex(@"^(?:request|ask\s+for|seek|obtain|get|demand)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AskingVerb();

    [GeneratedRegex(@"^(?:the|a|an)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();
}

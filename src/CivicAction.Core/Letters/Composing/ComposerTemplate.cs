using CivicAction.Core.Briefs;

namespace CivicAction.Core.Letters.Composing;

/// <summary>
/// The words a brief offers the person to send or say (a sample comment, a prepared statement): every block meant for
/// the recipient that has a text of its own, its bullets as lines under it. A block of bullets alone ("What to
/// include:"), like every block of instructions ("What to bring:", "Hints for speaking:"), is advice for the person:
/// a <see cref="Tips"/> entry, never part of the text.
/// </summary>
public sealed record ComposerTemplate(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> Placeholders, IReadOnlyList<Block> Tips)
{
    public bool HasText => Paragraphs.Count > 0;

    public static ComposerTemplate Of(BriefAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var words = action.Blocks.Where(IsWords).ToList();
        var paragraphs = words.Select(Paragraph).ToList();
        var placeholders = paragraphs.SelectMany(Briefs.Placeholders.In).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new ComposerTemplate(paragraphs, placeholders, action.Blocks.Where(b => !words.Contains(b)).ToList());
    }

    private static bool IsWords(Block block) => block.Role == BlockRole.Message && block.Text.Trim().Length > 0;

    private static string Paragraph(Block block) =>
        string.Join('\n', ActionTexts.Of(block.Items).Select(i => "• " + i.Trim()).Prepend(block.Text.Trim()));
}

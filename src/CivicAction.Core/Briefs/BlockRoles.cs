using System.Text.RegularExpressions;

namespace CivicAction.Core.Briefs;

/// <summary>
/// Tells the steps of an action from its words: a block whose label reads as an instruction to the reader ("How to
/// file", "What to bring", "Tips for calling", "Hints for speaking", "Deadline", "When", "Where") is never part of what
/// is sent or said, unless it holds a blank to fill in; every other block (key points, a letter's paragraphs, a script,
/// a sample comment) is.
/// </summary>
public static partial class BlockRoles
{
    /// <summary>A block with a blank to fill in ("Where: [Your City]") is words to send, whatever its label.</summary>
    public static BlockRole Of(Block block)
    {
        ArgumentNullException.ThrowIfNull(block);
        return block.Label is { } label && Instruction().IsMatch(label) && !ActionTexts.Of(block).SelectMany(Placeholders.In).Any()
            ? BlockRole.Instructions
            : BlockRole.Message;
    }

    /// <summary>
    /// A label that only announces the words after it ("Sample text", "Suggested script", "Template"): the words are
    /// sent, the label is not.
    /// </summary>
    public static bool AnnouncesTheWords(string? label) => label is not null && Announcing().IsMatch(label);

    [GeneratedRegex(@"^(?:(?:Sample|Suggested|Example|Model|Draft)\b|(?:Your\s+)?Template\b|(?:Letter|E-?mail|Comment|Message)\s+(?:text|template)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Announcing();

    [GeneratedRegex(@"^(?:How\b|Tips?\b|Hints?\b|Steps?\b|Instructions?\b|Before (?:you|the)\b|After (?:you|the)\b|When to\b|Where to\b|What to (?:bring|expect|wear|do)\b|If you (?:can't|cannot|are unable)\b|Deadlines?\b|Due\b|Important\b|Notes?\b|Reminders?\b|Remember\b|Directions\b|Parking\b|Accessibility\b|Registration\b|To register\b|RSVP\b|Sign[- ]?up\b|(?:When|Where|Date|Dates|Time|Times|Location|Place|Venue)\s*$|Date and time\s*$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();
}

namespace CivicAction.Core.Briefs;

/// <summary>One line of a brief: its 1-based number, its indentation in columns and its trimmed text.</summary>
internal readonly record struct SourceLine(int Number, int Indent, string Text)
{
    public bool IsBlank => Text.Length == 0;
}

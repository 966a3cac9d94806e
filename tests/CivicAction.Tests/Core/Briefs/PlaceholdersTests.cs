using CivicAction.Core.Briefs;

namespace CivicAction.Tests.Core.Briefs;

/// <summary>One pattern for the blanks of a template: listed, filled and highlighted alike.</summary>
public sealed class PlaceholdersTests
{
    private const string Template = "Dear [Senator Name], I live in [Your City]. See note [1]. [ ] is not a blank.";

    [Fact]
    public void In_ListsTheBlanks_ButNotFootnoteMarks()
    {
        Assert.Equal(["Senator Name", "Your City"], Placeholders.In(Template));
        Assert.Empty(Placeholders.In(null));
    }

    [Fact]
    public void Fill_ReplacesWhatItKnows_AndKeepsTheRest()
    {
        var filled = Placeholders.Fill(Template, name => name == "Your City" ? "Seattle" : null);

        Assert.Equal("Dear [Senator Name], I live in Seattle. See note [1]. [ ] is not a blank.", filled);
    }

    [Fact]
    public void Split_CutsTheTextAtTheBlanks_LosingNothing()
    {
        var parts = Placeholders.Split(Template).ToList();

        Assert.Equal(Template, string.Concat(parts.Select(p => p.Text)));
        Assert.Equal(["[Senator Name]", "[Your City]"], parts.Where(p => p.IsPlaceholder).Select(p => p.Text));
    }
}

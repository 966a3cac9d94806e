using CivicAction.Core.Briefs;
using CivicAction.Web.Features.Stories.Rendering;
using CivicAction.Core.Letters;

namespace CivicAction.Web.Features.Stories;

/// <summary>A tag as shown on story lists and pages.</summary>
public sealed record TagLink(string Slug, string Name, string Emoji);

/// <summary>An action as listed with its story: what the reader can do.</summary>
public sealed record ActionSummary(int Number, string Kind, ActionChannel Channel, string Title);

/// <summary>A story as listed on the home, tag and search pages.</summary>
public sealed record StoryListItem(long Id, string Slug, DateOnly Published, string Headline, string Dek)
{
    public IReadOnlyList<TagLink> Tags { get; init; } = [];

    public IReadOnlyList<ActionSummary> Actions { get; init; } = [];

    /// <summary>Search only: the matching passage, with U+E000/U+E001 around the hits.</summary>
    public string? Snippet { get; init; }
}

/// <summary>A whole story: its row and the parsed brief it was imported from.</summary>
public sealed record StoryDocument(long Id, string Slug, DateTimeOffset UpdatedAt, Brief Brief)
{
    private IReadOnlyList<string>? _summaryHtml;
    private IReadOnlyList<string>? _bodyHtml;

    /// <summary>The key points as safe HTML, rendered once per loaded document.</summary>
    public IReadOnlyList<string> SummaryHtml => _summaryHtml ??= Brief.Summary.Select(SafeMarkdown.ParagraphToHtml).ToList();

    /// <summary>The full text as safe HTML, rendered once per loaded document.</summary>
    public IReadOnlyList<string> BodyHtml => _bodyHtml ??= Brief.Body.Select(SafeMarkdown.ParagraphToHtml).ToList();
}

/// <summary>One action of a story: what the action, drafting and sending pages work from.</summary>
public sealed record StoryAction(StoryDocument Story, BriefAction Action)
{
    public string Slug => Story.Slug;

    public int Number => Action.Number;

    /// <summary>What the app drafts for this action (decided in the core, from the parsed action).</summary>
    public DraftKind Draft => DraftKinds.Of(Action);
}

/// <summary>A story's address and when it last changed.</summary>
public sealed record StoryAddress(string Slug, DateTimeOffset UpdatedAt);

/// <summary>A tag with how many stories carry it.</summary>
public sealed record TagCount(string Slug, string Name, string Emoji, long Stories);

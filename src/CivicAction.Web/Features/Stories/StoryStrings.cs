namespace CivicAction.Web.Features.Stories;

/// <summary>
/// The texts of <c>Features/Stories</c> (home, search, topics, story and action pages), in <c>StoryStrings.resx</c> and
/// <c>StoryStrings.es.resx</c>. Pages read them through <c>IStringLocalizer&lt;StoryStrings&gt;</c>.
/// </summary>
public sealed class StoryStrings;

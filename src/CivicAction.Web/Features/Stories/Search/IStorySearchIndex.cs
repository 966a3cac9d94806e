using System.Data.Common;
using CivicAction.Core.Briefs;

namespace CivicAction.Web.Features.Stories.Search;

/// <summary>
/// The full-text index of stories: the one part of story storage whose SQL is particular to a database (FTS5 in
/// SQLite). It is written in the import's transaction and read by the search page.
/// </summary>
public interface IStorySearchIndex
{
    /// <summary>Indexes <paramref name="brief"/> as story <paramref name="storyId"/>, replacing what was there.</summary>
    void Replace(DbConnection connection, DbTransaction transaction, long storyId, Brief brief);

    /// <summary>
    /// One page of matches, best first (headline matches weigh most, then the dek, the tags and the text), each with
    /// a snippet whose hits are marked by U+E000 and U+E001 (none when the hits lie beyond the first part of a long
    /// story); and how many stories match in all. The database's work stops when <paramref name="cancellationToken"/>
    /// is cancelled.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled before the search ended.</exception>
    (List<StoryListItem> Items, long Total) Search(
        DbConnection connection, StorySearchQuery query, int limit, int offset, CancellationToken cancellationToken = default);
}

/// <summary>What of a brief is searched besides its headline, dek and tags: its paragraphs and its actions.</summary>
public static class SearchableText
{
    public static string Of(Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var parts = new List<string>();
        parts.AddRange(brief.Summary);
        parts.AddRange(brief.Body);
        foreach (var action in brief.Actions)
        {
            parts.Add(action.Title);
            parts.Add(action.Description);
        }

        return string.Join('\n', parts);
    }
}

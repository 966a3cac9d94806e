using System.Data;
using CivicAction.Core.Briefs;
using Dapper;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Features.Stories.Search;

namespace CivicAction.Web.Sqlite;

/// <summary>
/// The SQLite-only part of story storage: the FTS5 index <c>story_search</c>, kept in step with
/// <c>stories</c> inside the import transaction. A PostgreSQL store would swap this for tsvector.
/// </summary>
public static class StorySearchIndex
{
    public static void Replace(IDbConnection connection, IDbTransaction transaction, long storyId, Brief brief)
    {
        connection.Execute("DELETE FROM story_search WHERE rowid = @storyId", new { storyId }, transaction);
        connection.Execute(
            "INSERT INTO story_search (rowid, headline, dek, text, tags) VALUES (@storyId, @Headline, @Dek, @Text, @Tags)",
            new
            {
                storyId,
                brief.Headline,
                brief.Dek,
                Text = SearchableText(brief),
                Tags = string.Join(' ', brief.Tags.Select(t => t.Name)),
            },
            transaction);
    }

    /// <summary>
    /// Ranked matches (bm25, headline weighted highest: see 0009_search_rank.sql) with a snippet of the best-matching column;
    /// U+E000 and U+E001 mark the hits so the page can HTML-encode the text and then highlight.
    /// </summary>
    public static (List<StoryListItem> Items, long Total) Search(IDbConnection connection, StorySearchQuery query, int limit, int offset)
    {
        if (query.Match is null)
        {
            return ([], 0);
        }

        const string sql = """
            SELECT s.id, s.slug, s.published, s.headline, s.dek,
                   CAST(snippet(story_search, -1, char(57344), char(57345), '…', 24) AS TEXT) AS snippet
            FROM story_search
            JOIN stories s ON s.id = story_search.rowid
            WHERE story_search MATCH @match
            ORDER BY story_search.rank
            LIMIT @limit OFFSET @offset
            """;
        var items = connection.Query<SearchRow>(sql, new { match = query.Match, limit, offset })
            .Select(r => new StoryListItem(r.Id, r.Slug, r.Published, r.Headline, r.Dek) { Snippet = r.Snippet })
            .ToList();
        if (items.Count > 0 && items.Count < limit)
        {
            return (items, offset + items.Count); // the last page: the total needs no second search
        }

        // FTS5 ranking functions cannot run inside a window (COUNT(*) OVER ()), so a full page counts separately.
        const string count = "SELECT COUNT(*) FROM story_search WHERE story_search MATCH @match";
        return (items, connection.ExecuteScalar<long>(count, new { match = query.Match }));
    }

    // Settable properties, not a record: with no rows SQLite cannot say the snippet's type, and
    // Dapper's constructor matching would refuse it.
    private sealed class SearchRow
    {
        public long Id { get; init; }

        public string Slug { get; init; } = "";

        public DateOnly Published { get; init; }

        public string Headline { get; init; } = "";

        public string Dek { get; init; } = "";

        public string Snippet { get; init; } = "";
    }

    /// <summary>Everything a reader might search for besides headline and dek: paragraphs and actions.</summary>
    private static string SearchableText(Brief brief)
    {
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

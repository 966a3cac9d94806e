using System.Data.Common;
using System.Text;
using CivicAction.Core.Briefs;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Features.Stories.Search;
using Dapper;

namespace CivicAction.Web.Sqlite;

/// <summary>
/// Story search in SQLite's FTS5 (the <c>story_search</c> table of 0002_story_search.sql, ranked by the bm25
/// weights of 0009_search_rank.sql), kept in step with <c>stories</c> inside the import transaction.
/// </summary>
public sealed class Fts5StorySearchIndex : IStorySearchIndex
{
    public void Replace(DbConnection connection, DbTransaction transaction, long storyId, Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        connection.Execute("DELETE FROM story_search WHERE rowid = @storyId", new { storyId }, transaction);
        connection.Execute(
            "INSERT INTO story_search (rowid, headline, dek, text, tags) VALUES (@storyId, @Headline, @Dek, @Text, @Tags)",
            new
            {
                storyId,
                brief.Headline,
                brief.Dek,
                Text = SearchableText.Of(brief),
                Tags = string.Join(' ', brief.Tags.Select(t => t.Name)),
            },
            transaction);
    }

    public (List<StoryListItem> Items, long Total) Search(DbConnection connection, StorySearchQuery query, int limit, int offset)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (MatchExpression(query) is not { } match)
        {
            return ([], 0);
        }

        // ORDER BY rank lets FTS5 rank with its configured bm25, so snippets are made for the page shown only.
        const string sql = """
            SELECT s.id, s.slug, s.published, s.headline, s.dek,
                   CAST(snippet(story_search, -1, char(57344), char(57345), '…', 24) AS TEXT) AS snippet
            FROM story_search
            JOIN stories s ON s.id = story_search.rowid
            WHERE story_search MATCH @match
            ORDER BY story_search.rank
            LIMIT @limit OFFSET @offset
            """;
        var items = connection.Query<SearchRow>(sql, new { match, limit, offset })
            .Select(r => new StoryListItem(r.Id, r.Slug, r.Published, r.Headline, r.Dek) { Snippet = r.Snippet })
            .ToList();
        if (items.Count > 0 && items.Count < limit)
        {
            return (items, offset + items.Count); // the last page: the total needs no second search
        }

        // FTS5 ranking functions cannot run inside a window (COUNT(*) OVER ()), so a full page counts separately.
        const string count = "SELECT COUNT(*) FROM story_search WHERE story_search MATCH @match";
        return (items, connection.ExecuteScalar<long>(count, new { match }));
    }

    /// <summary>
    /// The FTS5 MATCH expression for a query, or null when it has no term: every term quoted, so FTS5 reads it as a
    /// string and never as syntax (a double quote inside is doubled); a prefix term is followed by *.
    /// </summary>
    public static string? MatchExpression(StorySearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
        {
            return null;
        }

        return string.Join(' ', query.Terms.Select(t =>
            new StringBuilder("\"").Append(t.Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').Append(t.IsPrefix ? "*" : "").ToString()));
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
}

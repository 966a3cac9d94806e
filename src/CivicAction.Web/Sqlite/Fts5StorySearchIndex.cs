using System.Data.Common;
using System.Text;
using CivicAction.Core.Briefs;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Features.Stories.Search;
using Dapper;

namespace CivicAction.Web.Sqlite;

/// <summary>
/// Story search in SQLite's FTS5 (the <c>story_search</c> table of 0002_story_search.sql, ranked by the bm25
/// weights of 0009_search_rank.sql), kept in step with <c>stories</c> inside the import transaction. Snippets come
/// from <c>story_snippets</c> (0012_story_snippets.sql), a copy of each entry bounded to a few thousand characters:
/// FTS5's snippet() is quadratic in the hits of a row, and one call cannot be interrupted.
/// </summary>
public sealed class Fts5StorySearchIndex : IStorySearchIndex
{
    /// <summary>The most characters of a story's text the snippets are made from (0012_story_snippets.sql).</summary>
    public const int SnippetTextLength = SnippetCopy.TextLength;

    /// <summary>The most characters of the headline and of the tags in the snippets' copy.</summary>
    public const int SnippetHeadlineLength = SnippetCopy.HeadlineLength;

    /// <summary>The most characters of the dek in the snippets' copy.</summary>
    public const int SnippetDekLength = SnippetCopy.DekLength;

    public void Replace(DbConnection connection, DbTransaction transaction, long storyId, Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        connection.Execute("DELETE FROM story_search WHERE rowid = @storyId", new { storyId }, transaction);
        connection.Execute("DELETE FROM story_snippets WHERE rowid = @storyId", new { storyId }, transaction);
        var text = SearchableText.Of(brief);
        var tags = string.Join(' ', brief.Tags.Select(t => t.Name));
        connection.Execute(
            "INSERT INTO story_search (rowid, headline, dek, text, tags) VALUES (@storyId, @Headline, @Dek, @text, @tags)",
            new { storyId, brief.Headline, brief.Dek, text, tags },
            transaction);
        // Cut here rather than read back from story_search: a read of an FTS5 table in the import's transaction
        // made every import two to three times slower.
        connection.Execute(
            "INSERT INTO story_snippets (rowid, headline, dek, text, tags) VALUES (@storyId, @headline, @dek, @text, @tags)",
            new
            {
                storyId,
                headline = Bounded(brief.Headline, SnippetHeadlineLength),
                dek = Bounded(brief.Dek, SnippetDekLength),
                text = Bounded(text, SnippetTextLength),
                tags = Bounded(tags, SnippetHeadlineLength),
            },
            transaction);
    }

    /// <summary>The snippets' copy of <paramref name="value"/> (<see cref="SnippetCopy.Bounded"/>).</summary>
    internal static string Bounded(string value, int limit) => SnippetCopy.Bounded(value, limit);

    public (List<StoryListItem> Items, long Total) Search(
        DbConnection connection, StorySearchQuery query, int limit, int offset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (MatchExpression(query) is not { } match)
        {
            return ([], 0);
        }

        return SqliteCancellation.Run(connection, cancellationToken, () => Find(connection, query, match, limit, offset));
    }

    private static (List<StoryListItem> Items, long Total) Find(DbConnection connection, StorySearchQuery query, string match, int limit, int offset)
    {
        // ORDER BY rank lets FTS5 rank every match with its configured bm25 over the full text, which reads each hit
        // once; no snippet is made here.
        const string sql = """
            SELECT s.id, s.slug, s.published, s.headline, s.dek
            FROM story_search
            JOIN stories s ON s.id = story_search.rowid
            WHERE story_search MATCH @match
            ORDER BY story_search.rank
            LIMIT @limit OFFSET @offset
            """;
        var rows = connection.Query<StoryListItem>(sql, new { match, limit, offset }).AsList();
        var snippets = Snippets(connection, query, rows);
        var items = rows.Select(r => snippets.TryGetValue(r.Id, out var snippet) ? r with { Snippet = snippet } : r).ToList();
        if (items.Count > 0 && items.Count < limit)
        {
            return (items, offset + items.Count); // the last page: the total needs no second search
        }

        // FTS5 ranking functions cannot run inside a window (COUNT(*) OVER ()), so a full page counts separately.
        const string count = "SELECT COUNT(*) FROM story_search WHERE story_search MATCH @match";
        return (items, connection.ExecuteScalar<long>(count, new { match }));
    }

    /// <summary>
    /// The snippets of the page's stories, from their bounded copies, in one statement: the rowid range lets FTS5
    /// set the query up once (a prefix term merges the lists of all its words; once per story would repeat that),
    /// and the list keeps the page's rows only (the + keeps that list from FTS5, which would set up once per id).
    /// Any term will do here: each story already matched in full, and the snippet marks whichever terms its copy
    /// holds. A story whose copy holds none gets no snippet; its card shows its dek.
    /// </summary>
    private static Dictionary<long, string> Snippets(DbConnection connection, StorySearchQuery query, List<StoryListItem> rows)
    {
        if (rows.Count == 0 || AnyTermExpression(query) is not { } anyTerm)
        {
            return [];
        }

        const string sql = """
            SELECT rowid AS id, CAST(snippet(story_snippets, -1, char(57344), char(57345), '…', 24) AS TEXT) AS snippet
            FROM story_snippets
            WHERE story_snippets MATCH @anyTerm AND rowid BETWEEN @first AND @last AND +rowid IN @ids
            """;
        var ids = rows.Select(r => r.Id).ToArray();
        return connection.Query<SnippetRow>(sql, new { anyTerm, first = ids.Min(), last = ids.Max(), ids })
            .ToDictionary(r => r.Id, r => r.Snippet);
    }

    /// <summary>
    /// The FTS5 MATCH expression for a query, or null when it has no term: every term quoted, so FTS5 reads it as a
    /// string and never as syntax (a double quote inside is doubled); a prefix term is followed by *.
    /// </summary>
    public static string? MatchExpression(StorySearchQuery query) => Terms(query, " ");

    /// <summary>The same terms, any one of which matches (for finding the snippet's passage).</summary>
    public static string? AnyTermExpression(StorySearchQuery query) => Terms(query, " OR ");

    private static string? Terms(StorySearchQuery query, string separator)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
        {
            return null;
        }

        return string.Join(separator, query.Terms.Select(t =>
            new StringBuilder("\"").Append(t.Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').Append(t.IsPrefix ? "*" : "").ToString()));
    }

    // Settable properties, not a record: with no rows SQLite cannot say the snippet's type, and
    // Dapper's constructor matching would refuse it.
    private sealed class SnippetRow
    {
        public long Id { get; init; }

        public string Snippet { get; init; } = "";
    }
}

using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using CivicAction.Core.Briefs;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Features.Stories.Search;
using Dapper;
using Npgsql;

namespace CivicAction.Web.Postgres;

/// <summary>
/// Story search in PostgreSQL: one weighted tsvector per story (<c>story_search</c>, 0002, under a GIN index), matched
/// with the terms of the reader's query, ranked by <c>story_search_rank</c> (0009: headline &gt; dek &gt; tags &gt;
/// text, as on SQLite) and highlighted by <c>ts_headline</c> over the bounded copy of <c>story_snippets</c> (0012),
/// whose cost therefore does not grow with the story. Every term reaches the server as a parameter, and only as
/// words: a phrase through <c>websearch_to_tsquery</c> in quotes, a prefix as letters and digits followed by
/// <c>:*</c>, so nothing a reader types is read as query syntax.
/// </summary>
public sealed partial class PostgresStorySearchIndex : IStorySearchIndex
{
    /// <summary>The text search configuration: English stems, as SQLite's porter tokenizer.</summary>
    private const string Config = "english";

    // ts_headline's options: the same markers and about the same length as SQLite's snippet().
    private const string HeadlineOptions = "StartSel=\uE000, StopSel=\uE001, MaxWords=24, MinWords=12, ShortWord=0, MaxFragments=1";

    public void Replace(DbConnection connection, DbTransaction transaction, long storyId, Brief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        var text = SearchableText.Of(brief);
        var tags = string.Join(' ', brief.Tags.Select(t => t.Name));
        connection.Execute("""
            INSERT INTO story_search (story_id, document)
            VALUES (@storyId,
                setweight(to_tsvector('english', @Headline), 'A') || setweight(to_tsvector('english', @Dek), 'B')
                || setweight(to_tsvector('english', @tags), 'C') || setweight(to_tsvector('english', @text), 'D'))
            ON CONFLICT (story_id) DO UPDATE SET document = excluded.document
            """,
            new { storyId, brief.Headline, brief.Dek, text, tags },
            transaction);
        connection.Execute("""
            INSERT INTO story_snippets (story_id, headline, dek, text, tags) VALUES (@storyId, @headline, @dek, @text, @tags)
            ON CONFLICT (story_id) DO UPDATE
            SET headline = excluded.headline, dek = excluded.dek, text = excluded.text, tags = excluded.tags
            """,
            new
            {
                storyId,
                headline = SnippetCopy.Bounded(brief.Headline, SnippetCopy.HeadlineLength),
                dek = SnippetCopy.Bounded(brief.Dek, SnippetCopy.DekLength),
                text = SnippetCopy.Bounded(text, SnippetCopy.TextLength),
                tags = SnippetCopy.Bounded(tags, SnippetCopy.HeadlineLength),
            },
            transaction);
    }

    public (List<StoryListItem> Items, long Total) Search(
        DbConnection connection, StorySearchQuery query, int limit, int offset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        if (query.IsEmpty)
        {
            return ([], 0);
        }

        var npgsql = connection as NpgsqlConnection ?? throw new ArgumentException("a PostgreSQL connection is needed", nameof(connection));
        var all = TsQuery(query, " && ", out var terms);
        // One pass over the matches ranks them and counts them (the window runs before the LIMIT); only the page's
        // stories are then read. Joining stories first, or counting in a second query, read every match twice.
        var page = $"""
            WITH q AS (SELECT {all} AS query),
            hits AS (
                SELECT x.story_id, story_search_rank(x.document, q.query) AS rank, COUNT(*) OVER () AS total
                FROM q, story_search x
                WHERE x.document @@ q.query
                ORDER BY rank DESC, x.story_id
                LIMIT @limit OFFSET @offset)
            SELECT s.id, s.slug, s.published, s.headline, s.dek, hits.total
            FROM hits JOIN stories s ON s.id = hits.story_id
            ORDER BY hits.rank DESC, s.id
            """;
        var hits = Run<HitRow>(npgsql, page, With(terms, ("limit", limit), ("offset", offset)), cancellationToken);
        var rows = hits.Select(h => new StoryListItem(h.Id, h.Slug, h.Published, h.Headline, h.Dek)).ToList();
        var snippets = Snippets(npgsql, query, rows, cancellationToken);
        var items = rows.Select(r => snippets.TryGetValue(r.Id, out var snippet) ? r with { Snippet = snippet } : r).ToList();
        if (hits.Count > 0)
        {
            return (items, hits[0].Total);
        }

        // A page past the last one has no rows to carry the total.
        var count = $"WITH q AS (SELECT {all} AS query) SELECT COUNT(*) FROM q, story_search x WHERE x.document @@ q.query";
        return (items, Run<long>(npgsql, count, With(terms), cancellationToken).Single());
    }

    /// <summary>
    /// The page's snippets, each from the first part of the story's copy that holds any of the terms (the text, else
    /// the dek, the headline or the tags, as SQLite's snippet() prefers the best column); none when the copy holds
    /// none of them, and the card shows the dek.
    /// </summary>
    private static Dictionary<long, string> Snippets(NpgsqlConnection connection, StorySearchQuery query, List<StoryListItem> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return [];
        }

        var any = TsQuery(query, " || ", out var terms);
        var sql = $"""
            WITH q AS (SELECT {any} AS query)
            SELECT c.story_id AS id,
                CASE
                    WHEN to_tsvector('{Config}', c.text) @@ q.query THEN ts_headline('{Config}', c.text, q.query, @options)
                    WHEN to_tsvector('{Config}', c.dek) @@ q.query THEN ts_headline('{Config}', c.dek, q.query, @options)
                    WHEN to_tsvector('{Config}', c.headline) @@ q.query THEN ts_headline('{Config}', c.headline, q.query, @options)
                    WHEN to_tsvector('{Config}', c.tags) @@ q.query THEN ts_headline('{Config}', c.tags, q.query, @options)
                END AS snippet
            FROM q, story_snippets c
            WHERE c.story_id = ANY(@ids)
            """;
        var parameters = With(terms, ("options", HeadlineOptions), ("ids", rows.Select(r => r.Id).ToArray()));
        return Run<SnippetRow>(connection, sql, parameters, cancellationToken)
            .Where(r => r.Snippet is not null)
            .ToDictionary(r => r.Id, r => r.Snippet!);
    }

    /// <summary>
    /// The tsquery of every term joined by <paramref name="join"/> (<c>&amp;&amp;</c> all, <c>||</c> any), as SQL over
    /// parameters @t0, @t1 ...: a word or a phrase through websearch_to_tsquery in double quotes (its words only, so a
    /// phrase and never an operator), a prefix as its words joined by &lt;-&gt;, the last one followed by :*.
    /// </summary>
    internal static string TsQuery(StorySearchQuery query, string join, out List<(string Name, object Value)> terms)
    {
        terms = [];
        var parts = new List<string>();
        foreach (var term in query.Terms)
        {
            var name = "t" + terms.Count.ToString(CultureInfo.InvariantCulture);
            var words = Word().Matches(term.Text).Select(m => m.Value).ToList();
            if (term.IsPrefix)
            {
                terms.Add((name, string.Join(" <-> ", words) + ":*"));
                parts.Add($"to_tsquery('{Config}', @{name})");
            }
            else
            {
                terms.Add((name, "\"" + string.Join(' ', words) + "\""));
                parts.Add($"websearch_to_tsquery('{Config}', @{name})");
            }
        }

        return "(" + string.Join(join, parts) + ")";
    }

    private static List<(string Name, object Value)> With(List<(string Name, object Value)> terms, params (string Name, object Value)[] more) =>
        [.. terms, .. more];

    /// <summary>
    /// Runs one query, cancelled on the server when the token is: Dapper's synchronous calls never look at a token,
    /// so the command is made here and <see cref="NpgsqlCommand.Cancel"/> asks the server to stop it.
    /// </summary>
    private static List<T> Run<T>(NpgsqlConnection connection, string sql, List<(string Name, object Value)> parameters, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using var registration = cancellationToken.Register(command.Cancel);
        try
        {
            using var reader = command.ExecuteReader();
            return reader.Parse<T>().ToList();
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is PostgresException or NpgsqlException)
        {
            throw new OperationCanceledException("PostgreSQL stopped the search: the work was cancelled", e, cancellationToken);
        }
    }

    // Words as the query parser finds them: letters and digits (an apostrophe splits, as the tokenizers do).
    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private sealed class HitRow
    {
        public long Id { get; init; }

        public string Slug { get; init; } = "";

        public DateOnly Published { get; init; }

        public string Headline { get; init; } = "";

        public string Dek { get; init; } = "";

        public long Total { get; init; }
    }

    private sealed class SnippetRow
    {
        public long Id { get; init; }

        public string? Snippet { get; init; }
    }
}

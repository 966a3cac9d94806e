using System.Collections.Concurrent;
using System.Data.Common;
using CivicAction.Core.Briefs;
using Dapper;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Platform.Database;
using CivicAction.Core.Letters;
using CivicAction.Web.Features.Shared;
using Microsoft.Extensions.Options;

namespace CivicAction.Web.Features.Stories;

/// <summary>
/// Reads stories for the pages, feeds and the API. SQL sits next to the rows it fills.
/// Parsed story documents and the tags and actions of listed stories are kept in memory (data,
/// not pages): a story page then costs no JSON parsing or Markdown rendering, a list one query.
/// <see cref="StoryCacheInvalidator"/> forgets them when stories change.
/// </summary>
public sealed class StoryStore(IDatabase database, IStorySearchIndex search, IOptions<SearchOptions> searchOptions)
{
    public const int PageSize = 20;
    private const int MaxDocumentsKept = 5000;

    private readonly ConcurrentDictionary<string, StoryDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, Card> _cards = new();

    public void ForgetDocuments()
    {
        _documents.Clear();
        _cards.Clear();
    }

    public long Count()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stories");
    }

    public ListPage<StoryListItem> Latest(int page, int size = PageSize)
    {
        const string sql = """
            SELECT id, slug, published, headline, dek
            FROM stories
            ORDER BY published DESC, id DESC
            LIMIT @size OFFSET @offset
            """;
        using var connection = database.Open();
        var total = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stories");
        var items = connection.Query<StoryListItem>(sql, new { size, offset = Offset(page, size) }).AsList();
        return new ListPage<StoryListItem>(WithTagsAndActions(connection, items), page, size, total);
    }

    public ListPage<StoryListItem>? Tagged(string tagSlug, int page, out TagLink? tag, int size = PageSize)
    {
        using var connection = database.Open();
        tag = connection.QuerySingleOrDefault<TagLink>("SELECT slug, name, emoji FROM tags WHERE slug = @tagSlug", new { tagSlug });
        if (tag is null)
        {
            return null;
        }

        const string sql = """
            SELECT s.id, s.slug, s.published, s.headline, s.dek
            FROM stories s
            JOIN story_tags st ON st.story_id = s.id
            JOIN tags t ON t.id = st.tag_id
            WHERE t.slug = @tagSlug
            ORDER BY s.published DESC, s.id DESC
            LIMIT @size OFFSET @offset
            """;
        const string count = "SELECT COUNT(*) FROM story_tags st JOIN tags t ON t.id = st.tag_id WHERE t.slug = @tagSlug";
        var total = connection.ExecuteScalar<long>(count, new { tagSlug });
        var items = connection.Query<StoryListItem>(sql, new { tagSlug, size, offset = Offset(page, size) }).AsList();
        return new ListPage<StoryListItem>(WithTagsAndActions(connection, items), page, size, total);
    }

    public IReadOnlyList<TagCount> Tags()
    {
        const string sql = """
            SELECT t.slug, t.name, t.emoji, COUNT(st.story_id) AS stories
            FROM tags t
            JOIN story_tags st ON st.tag_id = t.id
            GROUP BY t.id, t.slug, t.name, t.emoji
            ORDER BY t.name
            """;
        using var connection = database.Open();
        return connection.Query<TagCount>(sql).AsList();
    }

    public StoryDocument? BySlug(string slug)
    {
        if (_documents.TryGetValue(slug, out var kept))
        {
            return kept;
        }

        const string sql = "SELECT id, slug, updated_at, document FROM stories WHERE slug = @slug";
        using var connection = database.Open();
        var document = connection.QuerySingleOrDefault<DocumentRow>(sql, new { slug })?.ToDocument();
        if (document is not null && _documents.Count < MaxDocumentsKept)
        {
            _documents[slug] = document;
        }

        return document;
    }

    /// <summary>
    /// Action <paramref name="number"/> of the story at <paramref name="slug"/>; with <paramref name="draft"/>, only when
    /// the app drafts that kind of thing for it (a FOIA page for a FOIA action, and so on). Null when there is none.
    /// </summary>
    public StoryAction? FindAction(string slug, int number, DraftKind? draft = null)
    {
        var story = BySlug(slug);
        var action = story?.Brief.Actions.FirstOrDefault(a => a.Number == number);
        if (story is null || action is null)
        {
            return null;
        }

        var found = new StoryAction(story, action);
        return draft is null || found.Draft == draft ? found : null;
    }

    /// <summary>Whole stories, newest first: for the feed and the JSON API.</summary>
    public ListPage<StoryDocument> LatestDocuments(int page, int size)
    {
        const string sql = """
            SELECT id, slug, updated_at, document
            FROM stories
            ORDER BY published DESC, id DESC
            LIMIT @size OFFSET @offset
            """;
        using var connection = database.Open();
        var total = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stories");
        var items = connection.Query<DocumentRow>(sql, new { size, offset = Offset(page, size) }).Select(r => r.ToDocument()).ToList();
        return new ListPage<StoryDocument>(items, page, size, total);
    }

    /// <summary>Every story address with its last change, for the sitemap.</summary>
    public IReadOnlyList<StoryAddress> Addresses()
    {
        using var connection = database.Open();
        return connection.Query<StoryAddress>("SELECT slug, updated_at FROM stories ORDER BY published DESC, id DESC").AsList();
    }

    /// <summary>The counter the import bumps whenever stories change (see 0003_data_versions.sql).</summary>
    public long Version()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("SELECT version FROM data_versions WHERE name = @name", new { name = DataVersion });
    }

    /// <summary>The name of the stories' counter in <c>data_versions</c>.</summary>
    public const string DataVersion = "stories";

    /// <summary>
    /// One page of the stories matching <paramref name="query"/>. The database's work stops when the caller's token
    /// is cancelled (the reader left) or when the search's time budget (<see cref="SearchOptions"/>) runs out.
    /// </summary>
    /// <exception cref="TimeoutException">The search ran out of its time budget.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public ListPage<StoryListItem> Search(StorySearchQuery query, int page, CancellationToken cancellationToken = default, int size = PageSize)
    {
        var budget = TimeSpan.FromMilliseconds(searchOptions.Value.TimeBudgetMilliseconds);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (budget <= TimeSpan.Zero)
        {
            deadline.Cancel(); // CancelAfter(0) would still leave the search a moment to run
        }
        else
        {
            deadline.CancelAfter(budget);
        }

        using var connection = database.Open();
        try
        {
            var (items, total) = search.Search(connection, query, size, Offset(page, size), deadline.Token);
            return new ListPage<StoryListItem>(WithTagsAndActions(connection, items), page, size, total);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The search ran out of its budget of {budget.TotalMilliseconds} ms.", e);
        }
    }

    private static int Offset(int page, int size) => (Math.Max(page, 1) - 1) * size;

    /// <summary>Adds each listed story's tags and actions, from memory when it has them (two indexed queries for the rest).</summary>
    private List<StoryListItem> WithTagsAndActions(DbConnection connection, List<StoryListItem> items)
    {
        // A local copy: the shared cards may be forgotten (an import) while this list is built.
        var cards = new Dictionary<long, Card>();
        foreach (var item in items)
        {
            if (_cards.TryGetValue(item.Id, out var card))
            {
                cards[item.Id] = card;
            }
        }

        var missing = items.Select(i => i.Id).Where(id => !cards.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            var tagsSql = $"""
                SELECT st.story_id, t.slug, t.name, t.emoji
                FROM story_tags st JOIN tags t ON t.id = st.tag_id
                WHERE st.story_id {database.AnyOf("@missing")}
                ORDER BY st.story_id, st.position
                """;
            var actionsSql = $"""
                SELECT story_id, number, kind, channel, title
                FROM story_actions
                WHERE story_id {database.AnyOf("@missing")}
                ORDER BY story_id, number
                """;
            var tags = connection.Query<TagRow>(tagsSql, new { missing }).ToLookup(t => t.StoryId);
            var actions = connection.Query<ActionRow>(actionsSql, new { missing }).ToLookup(a => a.StoryId);
            // A card is small and there is one per story, so every card is kept.
            foreach (var id in missing)
            {
                _cards[id] = cards[id] = new Card(
                    tags[id].Select(t => new TagLink(t.Slug, t.Name, t.Emoji)).ToList(),
                    actions[id].Select(a => new ActionSummary((int)a.Number, a.Kind, a.Channel, a.Title)).ToList());
            }
        }

        return items.Select(i => i with { Tags = cards[i.Id].Tags, Actions = cards[i.Id].Actions }).ToList();
    }

    private sealed record Card(IReadOnlyList<TagLink> Tags, IReadOnlyList<ActionSummary> Actions);

    private sealed record TagRow(long StoryId, string Slug, string Name, string Emoji);

    private sealed record ActionRow(long StoryId, long Number, string Kind, ActionChannel Channel, string Title);

    private sealed record DocumentRow(long Id, string Slug, DateTimeOffset UpdatedAt, string Document)
    {
        public StoryDocument ToDocument() =>
            new(Id, Slug, UpdatedAt, BriefJson.Deserialize(Document) ?? throw new InvalidDataException($"story {Id} has no document"));
    }
}

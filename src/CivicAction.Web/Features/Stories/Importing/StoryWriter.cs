using System.Security.Cryptography;
using CivicAction.Core.Briefs;
using Dapper;
using System.Data.Common;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Features.Stories.Search;

namespace CivicAction.Web.Features.Stories.Importing;

/// <summary>What storing one parsed brief did.</summary>
public enum StoreOutcome
{
    Added,
    Updated,
    Unchanged,
}

/// <summary>
/// Stores parsed briefs. All rows of one brief (story, tags, actions, search entry) are written
/// together or not at all. A brief is identified by its source file name, so a changed file
/// updates its story in place (same id, same slug).
/// </summary>
public sealed class StoryWriter(IDatabase database, IStorySearchIndex search)
{
    public static string ContentHash(ReadOnlySpan<byte> bytes) =>
        $"v{BriefParser.Version}:{Convert.ToHexStringLower(SHA256.HashData(bytes))}";

    /// <summary>Starts a batch for storing many briefs (an import run).</summary>
    public StoryWriteBatch BeginBatch() => new(database.OpenForWriting(), this);

    /// <summary>Writes every row of one brief inside the caller's transaction or savepoint.</summary>
    internal (StoreOutcome Outcome, string Slug) Write(DbConnection connection, DbTransaction transaction, Brief brief, string contentHash)
    {
        var existing = connection.QuerySingleOrDefault<ExistingStory>(
            "SELECT id, slug, content_hash FROM stories WHERE source = @Source", new { brief.Source }, transaction);
        if (existing is not null && existing.ContentHash == contentHash)
        {
            return (StoreOutcome.Unchanged, existing.Slug);
        }

        var now = DateTimeOffset.UtcNow;
        long id;
        string slug;
        StoreOutcome outcome;
        if (existing is null)
        {
            // A new story's address comes from its headline, made unique here; it never changes afterwards.
            slug = UniqueSlug(connection, transaction, Slug.FromHeadline(brief.Headline));
            id = Insert(connection, transaction, brief, slug, contentHash, now);
            outcome = StoreOutcome.Added;
        }
        else
        {
            (id, slug) = (existing.Id, existing.Slug);
            Update(connection, transaction, id, brief, contentHash, now);
            outcome = StoreOutcome.Updated;
        }

        ReplaceTags(connection, transaction, id, brief.Tags);
        ReplaceActions(connection, transaction, id, brief.Actions);
        search.Replace(connection, transaction, id, brief);
        return (outcome, slug);
    }

    private static long Insert(DbConnection connection, DbTransaction transaction, Brief brief, string slug, string contentHash, DateTimeOffset now)
    {
        const string sql = """
            INSERT INTO stories (source, slug, content_hash, published, headline, dek, document, imported_at, updated_at)
            VALUES (@Source, @slug, @contentHash, @Published, @Headline, @Dek, @document, @now, @now)
            RETURNING id
            """;
        return connection.ExecuteScalar<long>(sql,
            new { brief.Source, slug, contentHash, brief.Published, brief.Headline, brief.Dek, document = BriefJson.SerializeCompact(brief), now },
            transaction);
    }

    private static void Update(DbConnection connection, DbTransaction transaction, long id, Brief brief, string contentHash, DateTimeOffset now)
    {
        const string sql = """
            UPDATE stories
            SET content_hash = @contentHash, published = @Published, headline = @Headline, dek = @Dek,
                document = @document, updated_at = @now
            WHERE id = @id
            """;
        connection.Execute(sql,
            new { id, contentHash, brief.Published, brief.Headline, brief.Dek, document = BriefJson.SerializeCompact(brief), now },
            transaction);
    }

    private static string UniqueSlug(DbConnection connection, DbTransaction transaction, string slug)
    {
        const string sql = "SELECT COUNT(*) FROM stories WHERE slug = @candidate";
        var candidate = slug;
        for (var n = 2; connection.ExecuteScalar<long>(sql, new { candidate }, transaction) > 0; n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    private static void ReplaceTags(DbConnection connection, DbTransaction transaction, long storyId, IReadOnlyList<Tag> tags)
    {
        connection.Execute("DELETE FROM story_tags WHERE story_id = @storyId", new { storyId }, transaction);
        const string upsertTag = """
            INSERT INTO tags (slug, name, emoji) VALUES (@slug, @Name, @Emoji)
            ON CONFLICT (slug) DO UPDATE SET name = excluded.name, emoji = excluded.emoji
            RETURNING id
            """;
        const string link = """
            INSERT INTO story_tags (story_id, tag_id, position) VALUES (@storyId, @tagId, @position)
            ON CONFLICT DO NOTHING
            """;
        for (var position = 0; position < tags.Count; position++)
        {
            var tag = tags[position];
            var tagId = connection.ExecuteScalar<long>(upsertTag, new { slug = TagSlug.From(tag.Name), tag.Name, tag.Emoji }, transaction);
            connection.Execute(link, new { storyId, tagId, position }, transaction);
        }
    }

    private static void ReplaceActions(DbConnection connection, DbTransaction transaction, long storyId, IReadOnlyList<BriefAction> actions)
    {
        connection.Execute("DELETE FROM story_actions WHERE story_id = @storyId", new { storyId }, transaction);
        const string sql = """
            INSERT INTO story_actions (story_id, number, kind, channel, title)
            VALUES (@storyId, @Number, @Kind, @channel, @Title)
            """;
        connection.Execute(sql,
            actions.Select(a => new { storyId, a.Number, a.Kind, channel = DbEnum.Text(a.Channel), a.Title }),
            transaction);
    }

    private sealed record ExistingStory(long Id, string Slug, string ContentHash);
}

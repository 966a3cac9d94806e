using CivicAction.Web.Storage;
using Dapper;

namespace CivicAction.Web.Stories;

/// <summary>A story as listed on the home page.</summary>
public sealed record StoryListItem(long Id, string Slug, DateOnly Published, string Headline, string Dek);

/// <summary>Reads stories for the pages and the API. SQL sits next to the rows it fills.</summary>
public sealed class StoryStore(Database database)
{
    public long Count()
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stories");
    }

    public IReadOnlyList<StoryListItem> Latest(int offset, int limit)
    {
        const string sql = """
            SELECT id, slug, published, headline, dek
            FROM stories
            ORDER BY published DESC, id DESC
            LIMIT @limit OFFSET @offset
            """;
        using var connection = database.Open();
        return connection.Query<StoryListItem>(sql, new { offset, limit }).AsList();
    }
}

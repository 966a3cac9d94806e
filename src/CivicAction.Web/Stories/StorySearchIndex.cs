using System.Data;
using CivicAction.Core.Briefs;
using Dapper;

namespace CivicAction.Web.Stories;

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

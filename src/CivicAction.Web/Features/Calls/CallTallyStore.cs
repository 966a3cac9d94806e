using System.Globalization;
using CivicAction.Core.Letters.Calls;
using CivicAction.Web.Features.Stories;
using CivicAction.Web.Platform.Database;
using Dapper;

namespace CivicAction.Web.Features.Calls;

/// <summary>The calls counted for one action: per outcome, and in all.</summary>
public sealed record CallTally(IReadOnlyDictionary<CallOutcome, long> ByOutcome)
{
    public long Total => ByOutcome.Values.Sum();

    public long Of(CallOutcome outcome) => ByOutcome.GetValueOrDefault(outcome);
}

/// <summary>What recording one outcome did.</summary>
public enum TallyChange
{
    /// <summary>A new call was counted.</summary>
    Counted,

    /// <summary>The same form said another outcome: the call moved to it, the total is unchanged.</summary>
    Moved,

    /// <summary>The same form pressed again with the same outcome (or its key belongs to another action): nothing changed.</summary>
    Unchanged,
}

/// <summary>
/// The anonymous tally of calls: story, action, outcome and a count, nothing about the caller. Each counted call
/// holds its form's one-time key for two days (by the day only), so that a double press counts once.
/// </summary>
public sealed class CallTallyStore(IDatabase database, TimeProvider clock) : ICallCounts
{
    public static readonly TimeSpan KeysKept = TimeSpan.FromDays(2);

    public TallyChange Record(string storySlug, int actionNumber, string key, CallOutcome outcome)
    {
        var today = Day(clock.GetUtcNow());
        using var connection = database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM call_tally_keys WHERE day < @oldest", new { oldest = Day(clock.GetUtcNow() - KeysKept) }, transaction);
        var text = DbEnum.Text(outcome);
        var inserted = connection.Execute(
            """
            INSERT INTO call_tally_keys (call_key, story_slug, action_number, outcome, day)
            VALUES (@key, @storySlug, @actionNumber, @text, @today)
            ON CONFLICT (call_key) DO NOTHING
            """,
            new { key, storySlug, actionNumber, text, today }, transaction);
        var change = TallyChange.Counted;
        if (inserted == 0)
        {
            var before = connection.QuerySingle<KeyRow>(
                "SELECT story_slug, action_number, outcome FROM call_tally_keys WHERE call_key = @key", new { key }, transaction);
            if (before.StorySlug != storySlug || before.ActionNumber != actionNumber || before.Outcome == text)
            {
                return TallyChange.Unchanged;
            }

            connection.Execute("UPDATE call_tally_keys SET outcome = @text WHERE call_key = @key", new { key, text }, transaction);
            connection.Execute(
                """
                UPDATE call_tallies SET count = count - 1
                WHERE story_slug = @storySlug AND action_number = @actionNumber AND outcome = @old AND count > 0
                """,
                new { storySlug, actionNumber, old = before.Outcome }, transaction);
            change = TallyChange.Moved;
        }

        connection.Execute(
            """
            INSERT INTO call_tallies (story_slug, action_number, outcome, count) VALUES (@storySlug, @actionNumber, @text, 1)
            ON CONFLICT (story_slug, action_number, outcome) DO UPDATE SET count = count + 1
            """,
            new { storySlug, actionNumber, text }, transaction);
        transaction.Commit();
        return change;
    }

    public CallTally For(string storySlug, int actionNumber)
    {
        using var connection = database.Open();
        var rows = connection.Query<CountRow>(
            "SELECT outcome, count FROM call_tallies WHERE story_slug = @storySlug AND action_number = @actionNumber AND count > 0",
            new { storySlug, actionNumber });
        return new CallTally(rows.ToDictionary(r => r.Outcome, r => r.Count));
    }

    public IReadOnlyDictionary<int, long> Of(string storySlug)
    {
        using var connection = database.Open();
        return connection.Query<(long Number, long Count)>(
                "SELECT action_number, SUM(count) FROM call_tallies WHERE story_slug = @storySlug GROUP BY action_number HAVING SUM(count) > 0",
                new { storySlug })
            .ToDictionary(r => checked((int)r.Number), r => r.Count);
    }

    private static string Day(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class KeyRow
    {
        public string StorySlug { get; set; } = "";

        public long ActionNumber { get; set; }

        public string Outcome { get; set; } = "";
    }

    private sealed class CountRow
    {
        public CallOutcome Outcome { get; set; }

        public long Count { get; set; }
    }
}

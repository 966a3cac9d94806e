using CivicAction.Tests.Support;
using CivicAction.Web.Sqlite;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CivicAction.Tests.Sqlite;

/// <summary>A cancelled token stops SQLite's work in the middle of a statement, not only before it starts.</summary>
public sealed class SqliteCancellationTests : IDisposable
{
    // Counts forever unless stopped; the statement itself cancels the token once it has counted to 1000.
    private const string Endless = """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
        SELECT COUNT(*) FROM n WHERE i = 1000 AND cancel_now()
        """;

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void ARunningStatement_StopsOnceTheTokenIsCancelled_AndTheConnectionWorksAfterwards()
    {
        using var connection = (SqliteConnection)_db.Database.Open();
        using var cancellation = new CancellationTokenSource();
        connection.CreateFunction("cancel_now", () =>
        {
            cancellation.Cancel();
            return 1;
        });

        var stopped = Assert.ThrowsAny<OperationCanceledException>(() =>
            SqliteCancellation.Run(connection, cancellation.Token, () => connection.ExecuteScalar<long>(Endless)));

        Assert.Equal(cancellation.Token, stopped.CancellationToken);
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT 1")); // the handler went with the work
    }

    [Fact]
    public void AnAlreadyCancelledToken_RunsNothing()
    {
        using var connection = _db.Database.Open();
        var ran = false;

        Assert.ThrowsAny<OperationCanceledException>(() => SqliteCancellation.Run(connection, new CancellationToken(canceled: true), () => ran = true));
        Assert.False(ran);
    }

    [Fact]
    public void WorkThatIsNotCancelled_RunsToItsEnd()
    {
        using var connection = _db.Database.Open();
        using var cancellation = new CancellationTokenSource();

        var count = SqliteCancellation.Run(connection, cancellation.Token, () =>
            connection.ExecuteScalar<long>("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT COUNT(*) FROM n"));

        Assert.Equal(100_000, count);
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CivicAction.Web.Sqlite;

/// <summary>
/// Stops SQLite's own work when a token is cancelled. Microsoft.Data.Sqlite only looks at a token before a
/// statement starts (its Cancel does nothing), so a statement already running would finish whatever the token
/// says. A progress handler on the connection is called by SQLite between instructions of its virtual machine,
/// on the thread running the statement; it stops the statement as soon as the token is cancelled.
/// </summary>
public static class SqliteCancellation
{
    /// <summary>Instructions between two looks at the token: a few microseconds of SQLite's work.</summary>
    public const int Instructions = 1000;

    /// <summary>
    /// Runs <paramref name="work"/> on <paramref name="connection"/>, interrupting its statements once
    /// <paramref name="cancellationToken"/> is cancelled. One function call inside a statement (FTS5's snippet, a
    /// prefix merge) runs to its end before SQLite looks again, so such calls must be bounded by what they read.
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled, before or during the work.</exception>
    public static T Run<T>(DbConnection connection, CancellationToken cancellationToken, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        cancellationToken.ThrowIfCancellationRequested();
        if (!cancellationToken.CanBeCanceled)
        {
            return work();
        }

        var sqlite = connection as SqliteConnection ?? throw new ArgumentException("a SQLite connection is needed", nameof(connection));
        var handle = sqlite.Handle ?? throw new InvalidOperationException("the connection is not open");
        raw.sqlite3_progress_handler(handle, Instructions, _ => cancellationToken.IsCancellationRequested ? 1 : 0, null);
        try
        {
            return work();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_INTERRUPT)
        {
            throw new OperationCanceledException("SQLite was interrupted: the work was cancelled", e, cancellationToken);
        }
        finally
        {
            // The connection goes back to the pool: the next user must not inherit the handler.
            raw.sqlite3_progress_handler(handle, 0, null, null);
        }
    }
}

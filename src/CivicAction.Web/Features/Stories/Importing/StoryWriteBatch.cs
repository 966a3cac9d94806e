using CivicAction.Core.Briefs;
using Dapper;
using System.Data.Common;

namespace CivicAction.Web.Features.Stories.Importing;

/// <summary>
/// Many briefs written through one connection. Each brief is written inside its own savepoint,
/// so a brief's rows are all kept or all rolled back and a failure never leaves part of a file.
/// Briefs are committed together every few hundred, because the FTS5 index pays a large fixed
/// cost per commit (about 0.5 ms): 10,000 single-brief commits took 8 s, batched ones take ~1 s.
/// Anything not committed when the batch is disposed is rolled back whole, brief by brief.
/// </summary>
public sealed class StoryWriteBatch(DbConnection connection, StoryWriter writer) : IDisposable
{
    private const int BriefsPerCommit = 250;
    private const string Savepoint = "brief";

    private DbTransaction? _transaction;
    private int _pending;
    private bool _changed;

    public (StoreOutcome Outcome, string Slug) Store(Brief brief, string contentHash)
    {
        _transaction ??= connection.BeginTransaction();
        _transaction.Save(Savepoint);
        (StoreOutcome Outcome, string Slug) result;
        try
        {
            result = writer.Write(connection, _transaction, brief, contentHash);
        }
        catch
        {
            _transaction.Rollback(Savepoint);
            _transaction.Release(Savepoint);
            throw;
        }

        _transaction.Release(Savepoint);
        _changed |= result.Outcome != StoreOutcome.Unchanged;
        if (++_pending >= BriefsPerCommit)
        {
            Commit();
        }

        return result;
    }

    public void Commit()
    {
        if (_transaction is not null && _changed)
        {
            // Announce the change in the same transaction, so caches never miss it (0003_data_versions.sql).
            connection.Execute("UPDATE data_versions SET version = version + 1 WHERE name = @name", new { name = StoryStore.DataVersion }, _transaction);
            _changed = false;
        }

        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
        _pending = 0;
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        connection.Dispose();
    }
}

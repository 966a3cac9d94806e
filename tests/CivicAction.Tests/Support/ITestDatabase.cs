using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.Stories.Search;
using CivicAction.Web.Platform.Database;

namespace CivicAction.Tests.Support;

/// <summary>
/// A real, migrated database for one test class, with its provider's side of each store's seam: the suites that
/// run on both providers take one of these (<see cref="TempDatabase"/>, <see cref="TempPostgresDatabase"/>).
/// </summary>
public interface ITestDatabase : IDisposable
{
    /// <summary>A temporary folder of the test's own, for brief files and the like.</summary>
    string Folder { get; }

    IDatabase Database { get; }

    IStorySearchIndex SearchIndex { get; }

    IOutboxClaims OutboxClaims { get; }
}

using CivicAction.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Tests.Features.SendForMe.Outbox;

/// <summary>
/// A real outbox (a SQLite file unless a suite passes another database), a real SMTP server on loopback and a
/// hand-moved clock, for the outbox's tests.
/// </summary>
public abstract class OutboxTestBase(ITestDatabase db) : IAsyncLifetime
{
    protected OutboxTestBase() : this(new TempDatabase())
    {
    }

    protected ITestDatabase Db { get; } = db;
    protected ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    protected SmtpSink Sink { get; private set; } = null!;

    public async Task InitializeAsync() => Sink = await SmtpSink.StartAsync();

    public async Task DisposeAsync()
    {
        await Sink.DisposeAsync();
        Db.Dispose();
    }

    protected static readonly Microsoft.Extensions.Options.IOptions<SiteOptions> Site = Microsoft.Extensions.Options.Options.Create(new SiteOptions());

    protected SmtpOptions Options(int? port = null, int timeoutSeconds = 10) => new()
    {
        Host = "127.0.0.1",
        Port = port ?? Sink.Port,
        Security = SmtpSecurity.None,
        FromAddress = "noreply@civicaction.test",
        MessageIdDomain = "civicaction.test",
        TimeoutSeconds = timeoutSeconds,
        RetryBaseSeconds = 30,
        MaxAttempts = 3,
    };

    protected (OutboxStore Store, OutboxWorker Worker) Start(SmtpOptions? options = null)
    {
        var wrapped = Microsoft.Extensions.Options.Options.Create(options ?? Options());
        var store = new OutboxStore(Db.Database, Db.OutboxClaims, wrapped, Clock);
        return (store, new OutboxWorker(store, [new SmtpSender(wrapped, Site)], wrapped, Clock, NullLogger<OutboxWorker>.Instance));
    }

    protected long Enqueue(OutboxStore store, string fromName = "Ann Example", bool held = false)
    {
        using var connection = Db.Database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        var id = store.Add(connection, transaction, new NewMessage(
            MessagePurpose.Foia, "foia:1", fromName, "foia@agency.test", "ann@example.test", "ann@example.test",
            "Freedom of Information Act Request: test", "Dear FOIA Officer,\n\nThis is a request.\n\nAnn", held));
        transaction.Commit();
        return id;
    }

    /// <summary>The requester deletes their data (as the private pages' delete button does).</summary>
    protected void ForgetOwner(OutboxStore store)
    {
        using var connection = Db.Database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        store.Forget(connection, transaction, "foia:1");
        transaction.Commit();
    }
}

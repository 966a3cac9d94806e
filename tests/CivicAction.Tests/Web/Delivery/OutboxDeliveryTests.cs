using CivicAction.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using CivicAction.Web.Features.SendForMe.Confirmations;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.SendForMe.Smtp;
using CivicAction.Web.Sqlite;
using CivicAction.Web.Platform.Hosting;

namespace CivicAction.Tests.Web.Delivery;

/// <summary>The outbox worked against a real SMTP server on loopback, in good and bad weather.</summary>
public sealed class OutboxDeliveryTests : IAsyncLifetime
{
    private readonly TempDatabase _db = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
    private SmtpSink _sink = null!;

    public async Task InitializeAsync() => _sink = await SmtpSink.StartAsync();

    public async Task DisposeAsync()
    {
        await _sink.DisposeAsync();
        _db.Dispose();
    }

    private static readonly Microsoft.Extensions.Options.IOptions<SiteOptions> Site = Microsoft.Extensions.Options.Options.Create(new SiteOptions());

    private SmtpOptions Options(int? port = null, int timeoutSeconds = 10) => new()
    {
        Host = "127.0.0.1",
        Port = port ?? _sink.Port,
        Security = SmtpSecurity.None,
        FromAddress = "noreply@civicaction.test",
        MessageIdDomain = "civicaction.test",
        TimeoutSeconds = timeoutSeconds,
        RetryBaseSeconds = 30,
        MaxAttempts = 3,
    };

    private (OutboxStore Store, OutboxWorker Worker) Start(SmtpOptions? options = null)
    {
        var wrapped = Microsoft.Extensions.Options.Options.Create(options ?? Options());
        var store = new OutboxStore(_db.Database, new SqliteOutboxClaims(), wrapped, _clock);
        return (store, new OutboxWorker(store, new SmtpSender(wrapped, Site), wrapped, _clock, NullLogger<OutboxWorker>.Instance));
    }

    private long Enqueue(OutboxStore store, string fromName = "Ann Example", bool held = false)
    {
        using var connection = _db.Database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        var id = store.Add(connection, transaction, new NewMessage(
            MessagePurpose.Foia, "foia:1", fromName, "foia@agency.test", "ann@example.test", "ann@example.test",
            "Freedom of Information Act Request: test", "Dear FOIA Officer,\n\nThis is a request.\n\nAnn", held));
        transaction.Commit();
        return id;
    }

    /// <summary>The requester deletes their data (as the private pages' delete button does).</summary>
    private void ForgetOwner(OutboxStore store)
    {
        using var connection = _db.Database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        store.Forget(connection, transaction, "foia:1");
        transaction.Commit();
    }

    [Fact]
    public async Task Message_IsDeliveredOnce_WithFromReplyToCcAndItsMessageId()
    {
        var (store, worker) = Start();
        var id = Enqueue(store);

        Assert.True(await worker.ProcessNextAsync(CancellationToken.None));
        Assert.False(await worker.ProcessNextAsync(CancellationToken.None));

        var mail = Assert.Single(_sink.Received);
        var saved = store.Find(id)!;
        Assert.Equal(OutboxState.Sent, saved.State);
        Assert.Equal(1, saved.Attempts);
        Assert.Equal(saved.MessageId, mail.Message.MessageId);
        Assert.Equal("\"Ann Example via CivicAction\" <noreply@civicaction.test>", mail.Message.From.ToString());
        Assert.Equal("foia@agency.test", mail.Message.To.Mailboxes.Single().Address);
        Assert.Equal("ann@example.test", mail.Message.Cc.Mailboxes.Single().Address);
        Assert.Equal("ann@example.test", mail.Message.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal(["foia@agency.test", "ann@example.test"], mail.Recipients);
        Assert.Equal("Freedom of Information Act Request: test", mail.Message.Subject);
        Assert.Contains("This is a request.", mail.Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeldMessage_WaitsForTheRequesterToConfirm()
    {
        var (store, worker) = Start();
        var id = Enqueue(store, held: true);

        Assert.False(await worker.ProcessNextAsync(CancellationToken.None));
        Assert.Empty(_sink.Received);

        using (var connection = _db.Database.OpenForWriting())
        using (var transaction = connection.BeginTransaction())
        {
            Assert.Equal(1, store.Release(connection, transaction, "foia:1"));
            transaction.Commit();
        }

        Assert.True(await worker.ProcessNextAsync(CancellationToken.None));
        Assert.Single(_sink.Received);
        Assert.Equal(OutboxState.Sent, store.Find(id)!.State);
    }

    [Fact]
    public async Task ServerDown_IsRetriedLater_WithTheReason()
    {
        var (store, worker) = Start(Options(port: SmtpSink.UnusedPort()));
        var id = Enqueue(store);

        Assert.True(await worker.ProcessNextAsync(CancellationToken.None));

        var saved = store.Find(id)!;
        Assert.Equal(OutboxState.Pending, saved.State);
        Assert.Equal(_clock.Now + TimeSpan.FromSeconds(30), saved.NextAttemptAt);
        Assert.Contains("could not reach the mail server", saved.LastError, StringComparison.Ordinal);
        Assert.False(await worker.ProcessNextAsync(CancellationToken.None)); // not due yet
    }

    [Fact]
    public async Task TemporaryRefusal451_IsRetriedWithBackoff_ThenDelivered()
    {
        var (store, worker) = Start();
        var id = Enqueue(store);
        _sink.Mode = SinkMode.TemporaryFailure;

        await worker.ProcessNextAsync(CancellationToken.None);
        var first = store.Find(id)!;
        Assert.Equal(OutboxState.Pending, first.State);
        Assert.Contains("451", first.LastError, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromSeconds(30));
        await worker.ProcessNextAsync(CancellationToken.None);
        Assert.Equal(_clock.Now + TimeSpan.FromSeconds(60), store.Find(id)!.NextAttemptAt); // doubled

        _sink.Mode = SinkMode.Accept;
        _clock.Advance(TimeSpan.FromSeconds(60));
        await worker.ProcessNextAsync(CancellationToken.None);
        var done = store.Find(id)!;
        Assert.Equal(OutboxState.Sent, done.State);
        Assert.Equal(3, done.Attempts);
        Assert.Single(_sink.Received);
    }

    [Fact]
    public async Task TemporaryRefusals_GiveUpAfterTheLastAttempt()
    {
        var (store, worker) = Start();
        var id = Enqueue(store);
        _sink.Mode = SinkMode.TemporaryFailure;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await worker.ProcessNextAsync(CancellationToken.None);
            _clock.Advance(TimeSpan.FromHours(1));
        }

        var saved = store.Find(id)!;
        Assert.Equal(OutboxState.Failed, saved.State);
        Assert.StartsWith("gave up after 3 attempts", saved.LastError, StringComparison.Ordinal);
        Assert.False(await worker.ProcessNextAsync(CancellationToken.None));
    }

    [Fact]
    public async Task PermanentRefusal550_FailsAtOnce_WithTheReason()
    {
        var (store, worker) = Start();
        var id = Enqueue(store);
        _sink.Mode = SinkMode.PermanentFailure;

        await worker.ProcessNextAsync(CancellationToken.None);

        var saved = store.Find(id)!;
        Assert.Equal(OutboxState.Failed, saved.State);
        Assert.Contains("550", saved.LastError, StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.False(await worker.ProcessNextAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SlowServer_TimesOut_AndIsRetried()
    {
        var (store, worker) = Start(Options(timeoutSeconds: 1));
        var id = Enqueue(store);
        _sink.Mode = SinkMode.Slow;
        _sink.SlowDelay = TimeSpan.FromSeconds(4);

        await worker.ProcessNextAsync(CancellationToken.None);

        var saved = store.Find(id)!;
        Assert.Equal(OutboxState.Pending, saved.State);
        Assert.Contains("TimeoutException", saved.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopBetweenSendingAndRecording_RetriesWithTheSameMessageId_AndThenNeverAgain()
    {
        var (store, _) = Start();
        var id = Enqueue(store);

        // The app claims the message and hands it to the server, then dies before recording "sent".
        var claimed = store.ClaimNext()!;
        var sent = await new SmtpSender(Microsoft.Extensions.Options.Options.Create(Options()), Site).SendAsync(claimed, CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Sent, sent.Outcome);
        Assert.Equal(OutboxState.Sending, store.Find(id)!.State);

        // A new process starts. Within the lease nobody touches the message ...
        var (restartedStore, restartedWorker) = Start();
        Assert.False(await restartedWorker.ProcessNextAsync(CancellationToken.None));

        // ... after it, the message is sent again, recognisably the same one.
        _clock.Advance(OutboxStore.Lease);
        Assert.True(await restartedWorker.ProcessNextAsync(CancellationToken.None));
        Assert.Equal(2, _sink.Received.Count);
        Assert.Single(_sink.Received.Select(m => m.Message.MessageId).Distinct());
        Assert.Equal(claimed.MessageId, _sink.Received.First().Message.MessageId);

        var saved = restartedStore.Find(id)!;
        Assert.Equal(OutboxState.Sent, saved.State);
        Assert.Equal(2, saved.Attempts);
        _clock.Advance(TimeSpan.FromDays(30));
        Assert.False(await restartedWorker.ProcessNextAsync(CancellationToken.None));
        Assert.Equal(2, _sink.Received.Count);
    }

    [Fact]
    public async Task MessagesSurviveARestart()
    {
        var (store, _) = Start();
        var ids = Enumerable.Range(0, 3).Select(_ => Enqueue(store)).ToList();

        var (_, restarted) = Start();
        while (await restarted.ProcessNextAsync(CancellationToken.None))
        {
        }

        Assert.Equal(3, _sink.Received.Count);
        Assert.All(ids, id => Assert.Equal(OutboxState.Sent, store.Find(id)!.State));
    }

    [Fact]
    public void UnconfirmedMessages_ExpireWithTheirLink_AndLoseTheirContents()
    {
        var (store, _) = Start();
        var old = Enqueue(store, held: true);
        _clock.Advance(EmailConfirmations.Lifetime + TimeSpan.FromMinutes(1));
        var fresh = Enqueue(store, held: true);

        Assert.Equal(1, store.ExpireHeld(EmailConfirmations.Lifetime));

        var expired = store.Find(old)!;
        Assert.Equal(OutboxState.Cancelled, expired.State);
        Assert.Equal("", expired.Body);
        Assert.Equal("", expired.FromName);
        Assert.Equal(OutboxState.Held, store.Find(fresh)!.State);
    }

    [Fact]
    public async Task DeletingDuringASend_BlanksTheMessageOnceTheAttemptIsRecorded()
    {
        var (store, _) = Start();
        var id = Enqueue(store);
        var claimed = store.ClaimNext()!;
        ForgetOwner(store);

        Assert.Equal("Ann Example", store.Find(id)!.FromName); // still needed by the attempt in flight
        var result = await new SmtpSender(Microsoft.Extensions.Options.Options.Create(Options()), Site).SendAsync(claimed, CancellationToken.None);
        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        store.MarkSent(id);

        var saved = store.Find(id)!;
        Assert.Equal(OutboxState.Sent, saved.State);
        Assert.Equal("", saved.FromName);
        Assert.Equal("", saved.Body);
    }

    [Fact]
    public void DeletingDuringAFailedSend_CancelsTheRetry()
    {
        var (store, _) = Start();
        var id = Enqueue(store);
        store.ClaimNext();
        ForgetOwner(store);

        store.MarkRetry(id, _clock.Now + TimeSpan.FromMinutes(1), "451 try later");

        var saved = store.Find(id)!;
        Assert.Equal(OutboxState.Cancelled, saved.State);
        Assert.Equal("", saved.Body);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(store.ClaimNext());
    }

    [Fact]
    public void DeletingDuringASendThatCrashed_IsNeverRetried()
    {
        var (store, _) = Start();
        var id = Enqueue(store);
        store.ClaimNext();
        ForgetOwner(store);

        _clock.Advance(OutboxStore.Lease);
        Assert.Null(store.ClaimNext());
        store.ExpireHeld(EmailConfirmations.Lifetime);
        var saved = store.Find(id)!;
        Assert.Equal(OutboxState.Cancelled, saved.State);
        Assert.Equal("", saved.ToAddress);
    }

    [Fact]
    public async Task SentConfirmation_DoesNotKeepItsSecretLink()
    {
        var (store, worker) = Start();
        long id;
        using (var connection = _db.Database.OpenForWriting())
        using (var transaction = connection.BeginTransaction())
        {
            id = store.Add(connection, transaction, new NewMessage(MessagePurpose.Confirmation, "foia:9", "", "ann@example.test", null, null,
                "Please confirm", "Open http://localhost/requests/x/confirm/SECRET", Held: false));
            transaction.Commit();
        }

        await worker.ProcessNextAsync(CancellationToken.None);

        Assert.Contains("SECRET", Assert.Single(_sink.Received).Message.TextBody, StringComparison.Ordinal);
        Assert.Equal("", store.Find(id)!.Body);
    }

    [Fact]
    public async Task CrLfInAName_CannotAddAHeaderOrARecipient()
    {
        var (store, worker) = Start();
        Enqueue(store, fromName: "Ann\r\nBcc: victim@elsewhere.test\r\nX-Evil: 1");

        await worker.ProcessNextAsync(CancellationToken.None);

        var mail = Assert.Single(_sink.Received);
        Assert.Equal(["foia@agency.test", "ann@example.test"], mail.Recipients);
        Assert.Empty(mail.Message.Bcc);
        Assert.Null(mail.Message.Headers["X-Evil"]);
        Assert.DoesNotContain("\n", mail.Message.From.Mailboxes.Single().Name, StringComparison.Ordinal);
    }
}

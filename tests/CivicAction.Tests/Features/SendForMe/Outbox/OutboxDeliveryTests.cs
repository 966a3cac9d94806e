using CivicAction.Tests.Support;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.SendForMe.Smtp;

namespace CivicAction.Tests.Features.SendForMe.Outbox;

/// <summary>The outbox on SQLite.</summary>
public sealed class OutboxDeliveryOnSqliteTests() : OutboxDeliveryTests(new TempDatabase());

/// <summary>The outbox on PostgreSQL.</summary>
public sealed class OutboxDeliveryOnPostgresTests() : OutboxDeliveryTests(new TempPostgresDatabase());

/// <summary>The outbox worked against a real SMTP server on loopback, in good and bad weather, on each database.</summary>
public abstract class OutboxDeliveryTests(ITestDatabase db) : OutboxTestBase(db)
{
    [Fact]
    public async Task Message_IsDeliveredOnce_WithFromReplyToCcAndItsMessageId()
    {
        var (store, worker) = Start();
        var id = Enqueue(store);

        Assert.True(await worker.ProcessNextAsync(CancellationToken.None));
        Assert.False(await worker.ProcessNextAsync(CancellationToken.None));

        var mail = Assert.Single(Sink.Received);
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
    public async Task ManyWorkersClaimingAtOnce_TakeEachMessageOnce()
    {
        var (store, _) = Start();
        var ids = Enumerable.Range(0, 60).Select(_ => Enqueue(store)).ToHashSet();
        using var go = new Barrier(8);

        var claimed = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            go.SignalAndWait();
            var mine = new List<long>();
            while (store.ClaimNext() is { } message)
            {
                mine.Add(message.Id);
            }

            return mine;
        })));

        var all = claimed.SelectMany(c => c).ToList();
        Assert.Equal(all.Count, all.Distinct().Count()); // no message was claimed twice
        Assert.Equal(ids, all.ToHashSet());
        Assert.All(ids, id => Assert.Equal(1, store.Find(id)!.Attempts));
    }

    [Fact]
    public async Task HeldMessage_WaitsForTheRequesterToConfirm()
    {
        var (store, worker) = Start();
        var id = Enqueue(store, held: true);

        Assert.False(await worker.ProcessNextAsync(CancellationToken.None));
        Assert.Empty(Sink.Received);

        using (var connection = Db.Database.OpenForWriting())
        using (var transaction = connection.BeginTransaction())
        {
            Assert.Equal(1, store.Release(connection, transaction, "foia:1"));
            transaction.Commit();
        }

        Assert.True(await worker.ProcessNextAsync(CancellationToken.None));
        Assert.Single(Sink.Received);
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
        Assert.Equal(Clock.Now + TimeSpan.FromSeconds(30), saved.NextAttemptAt);
        Assert.Contains("could not reach the mail server", saved.LastError, StringComparison.Ordinal);
        Assert.False(await worker.ProcessNextAsync(CancellationToken.None)); // not due yet
    }

    [Fact]
    public async Task TemporaryRefusal451_IsRetriedWithBackoff_ThenDelivered()
    {
        var (store, worker) = Start();
        var id = Enqueue(store);
        Sink.Mode = SinkMode.TemporaryFailure;

        await worker.ProcessNextAsync(CancellationToken.None);
        var first = store.Find(id)!;
        Assert.Equal(OutboxState.Pending, first.State);
        Assert.Contains("451", first.LastError, StringComparison.Ordinal);

        Clock.Advance(TimeSpan.FromSeconds(30));
        await worker.ProcessNextAsync(CancellationToken.None);
        Assert.Equal(Clock.Now + TimeSpan.FromSeconds(60), store.Find(id)!.NextAttemptAt); // doubled

        Sink.Mode = SinkMode.Accept;
        Clock.Advance(TimeSpan.FromSeconds(60));
        await worker.ProcessNextAsync(CancellationToken.None);
        var done = store.Find(id)!;
        Assert.Equal(OutboxState.Sent, done.State);
        Assert.Equal(3, done.Attempts);
        Assert.Single(Sink.Received);
    }

    [Fact]
    public async Task TemporaryRefusals_GiveUpAfterTheLastAttempt()
    {
        var (store, worker) = Start();
        var id = Enqueue(store);
        Sink.Mode = SinkMode.TemporaryFailure;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await worker.ProcessNextAsync(CancellationToken.None);
            Clock.Advance(TimeSpan.FromHours(1));
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
        Sink.Mode = SinkMode.PermanentFailure;

        await worker.ProcessNextAsync(CancellationToken.None);

        var saved = store.Find(id)!;
        Assert.Equal(OutboxState.Failed, saved.State);
        Assert.Contains("550", saved.LastError, StringComparison.Ordinal);
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.False(await worker.ProcessNextAsync(CancellationToken.None));
    }

    [Fact]
    public async Task SlowServer_TimesOut_AndIsRetried()
    {
        var (store, worker) = Start(Options(timeoutSeconds: 1));
        var id = Enqueue(store);
        Sink.Mode = SinkMode.Slow;
        Sink.SlowDelay = TimeSpan.FromSeconds(4);

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
        Clock.Advance(OutboxStore.Lease);
        Assert.True(await restartedWorker.ProcessNextAsync(CancellationToken.None));
        Assert.Equal(2, Sink.Received.Count);
        Assert.Single(Sink.Received.Select(m => m.Message.MessageId).Distinct());
        Assert.Equal(claimed.MessageId, Sink.Received.First().Message.MessageId);

        var saved = restartedStore.Find(id)!;
        Assert.Equal(OutboxState.Sent, saved.State);
        Assert.Equal(2, saved.Attempts);
        Clock.Advance(TimeSpan.FromDays(30));
        Assert.False(await restartedWorker.ProcessNextAsync(CancellationToken.None));
        Assert.Equal(2, Sink.Received.Count);
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

        Assert.Equal(3, Sink.Received.Count);
        Assert.All(ids, id => Assert.Equal(OutboxState.Sent, store.Find(id)!.State));
    }

    [Fact]
    public async Task CrLfInAName_CannotAddAHeaderOrARecipient()
    {
        var (store, worker) = Start();
        Enqueue(store, fromName: "Ann\r\nBcc: victim@elsewhere.test\r\nX-Evil: 1");

        await worker.ProcessNextAsync(CancellationToken.None);

        var mail = Assert.Single(Sink.Received);
        Assert.Equal(["foia@agency.test", "ann@example.test"], mail.Recipients);
        Assert.Empty(mail.Message.Bcc);
        Assert.Null(mail.Message.Headers["X-Evil"]);
        Assert.DoesNotContain("\n", mail.Message.From.Mailboxes.Single().Name, StringComparison.Ordinal);
    }
}

using CivicAction.Tests.Support;
using CivicAction.Web.Features.SendForMe.Confirmations;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Features.SendForMe.Smtp;

namespace CivicAction.Tests.Features.SendForMe.Outbox;

/// <summary>
/// The outbox on SQLite, whose files are searched byte by byte for what was deleted: SQLite zeroes it (secure delete,
/// the WAL truncated). PostgreSQL's files keep dead rows until they are overwritten; the README says so.
/// </summary>
public sealed class OutboxForgettingOnSqliteTests() : OutboxForgettingTests(new TempDatabase())
{
    [Fact]
    public void AnExpiredMessage_LeavesNoCopyInTheDatabaseFiles()
    {
        var (store, _) = Start();
        Enqueue(store, fromName: "Ysolde Quartermaine", held: true);
        Assert.NotEmpty(DatabaseFiles.Holding(Db.Database.Location, "Ysolde Quartermaine"));
        Clock.Advance(EmailConfirmations.Lifetime + TimeSpan.FromMinutes(1));

        Assert.Equal(1, store.ExpireHeld(EmailConfirmations.Lifetime));

        Assert.Empty(DatabaseFiles.Holding(Db.Database.Location, "Ysolde Quartermaine"));
    }

    [Fact]
    public void DeletingDuringASend_LeavesNoCopyInTheDatabaseFiles_OnceTheAttemptIsRecorded()
    {
        var (store, _) = Start();
        var id = Enqueue(store, fromName: "Ysolde Quartermaine");
        store.ClaimNext();
        ForgetOwner(store);

        store.MarkFailed(id, "550 no such mailbox");

        Assert.Empty(DatabaseFiles.Holding(Db.Database.Location, "Ysolde Quartermaine"));
    }
}

/// <summary>The outbox on PostgreSQL.</summary>
public sealed class OutboxForgettingOnPostgresTests() : OutboxForgettingTests(new TempPostgresDatabase());

/// <summary>What the outbox forgets: unconfirmed letters when their link expires, a person's data when they delete it.</summary>
public abstract class OutboxForgettingTests(ITestDatabase db) : OutboxTestBase(db)
{
    [Fact]
    public void UnconfirmedMessages_ExpireWithTheirLink_AndLoseTheirContents()
    {
        var (store, _) = Start();
        var old = Enqueue(store, held: true);
        Clock.Advance(EmailConfirmations.Lifetime + TimeSpan.FromMinutes(1));
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

        store.MarkRetry(id, Clock.Now + TimeSpan.FromMinutes(1), "451 try later");

        var saved = store.Find(id)!;
        Assert.Equal(OutboxState.Cancelled, saved.State);
        Assert.Equal("", saved.Body);
        Clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(store.ClaimNext());
    }

    [Fact]
    public void DeletingDuringASendThatCrashed_IsNeverRetried()
    {
        var (store, _) = Start();
        var id = Enqueue(store);
        store.ClaimNext();
        ForgetOwner(store);

        Clock.Advance(OutboxStore.Lease);
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
        using (var connection = Db.Database.OpenForWriting())
        using (var transaction = connection.BeginTransaction())
        {
            id = store.Add(connection, transaction, new NewMessage(MessagePurpose.Confirmation, "foia:9", "", "ann@example.test", null, null,
                "Please confirm", "Open http://localhost/requests/x/confirm/SECRET", Held: false));
            transaction.Commit();
        }

        await worker.ProcessNextAsync(CancellationToken.None);

        Assert.Contains("SECRET", Assert.Single(Sink.Received).Message.TextBody, StringComparison.Ordinal);
        Assert.Equal("", store.Find(id)!.Body);
    }
}

using CivicAction.Tests.Support;
using CivicAction.Web.Features.SendForMe.Outbox;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using CivicAction.Web.Features.SendForMe.Smtp;

namespace CivicAction.Tests.Features.SendForMe.Outbox;

/// <summary>
/// A message that can never be composed (an address MimeKit cannot read, written before addresses were checked
/// where they enter) fails alone, with its reason: the worker and the host go on delivering the others.
/// </summary>
public sealed class PoisonMessageTests : OutboxTestBase
{
    public static TheoryData<string> UnreadableAddresses => ["foia,someone@example.org", "foia:someone@example.org", "foia;someone@example.org"];

    [Theory]
    [MemberData(nameof(UnreadableAddresses))]
    public async Task UnreadableAddress_FailsThatMessage_AndTheNextIsDelivered(string address)
    {
        var (store, worker) = Start();
        var poison = EnqueueTo(Db.Database, store, address);
        var good = Enqueue(store);

        Assert.True(await worker.ProcessNextAsync(CancellationToken.None));
        Assert.True(await worker.ProcessNextAsync(CancellationToken.None));
        Assert.False(await worker.ProcessNextAsync(CancellationToken.None));

        var failed = store.Find(poison)!;
        Assert.Equal(OutboxState.Failed, failed.State);
        Assert.Contains("could not be composed", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxState.Sent, store.Find(good)!.State);
        Assert.Equal("foia@agency.test", Assert.Single(Sink.Received).Message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task AppStartedWithAPoisonedOutbox_FailsIt_DeliversTheOthers_AndKeepsServing()
    {
        var site = new DeliverySite();
        await site.InitializeAsync();
        try
        {
            await StartWithPoisonAsync(site);
        }
        finally
        {
            await ((IAsyncLifetime)site).DisposeAsync();
        }
    }

    private static async Task StartWithPoisonAsync(DeliverySite site)
    {
        var database = new SqliteDatabase(site.DatabasePath);
        DapperSetup.Configure();
        new Migrator(database).Migrate();
        var store = new OutboxStore(database, new SqliteOutboxClaims(), Microsoft.Extensions.Options.Options.Create(new SmtpOptions()), TimeProvider.System);
        var poison = EnqueueTo(database, store, "foia,someone@example.org");
        var good = EnqueueTo(database, store, "foia@agency.test");

        using var client = site.CreateClient(); // starts the host, and with it the outbox worker

        await site.Smtp.WaitForAsync(m => m.Message.To.Mailboxes.Any(a => a.Address == "foia@agency.test"));
        await Poll.UntilAsync(() => store.Find(poison)!.State == OutboxState.Failed);
        await Poll.UntilAsync(() => store.Find(good)!.State == OutboxState.Sent); // marked sent just after the server took it
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.False(site.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    private static long EnqueueTo(IDatabase database, OutboxStore store, string toAddress)
    {
        using var connection = database.OpenForWriting();
        using var transaction = connection.BeginTransaction();
        var id = store.Add(connection, transaction, new NewMessage(
            MessagePurpose.Foia, "foia:9", "Ann Example", toAddress, "ann@example.test", "ann@example.test", "A request", "Dear FOIA Officer,", Held: false));
        transaction.Commit();
        return id;
    }
}

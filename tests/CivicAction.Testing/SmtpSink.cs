using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpResponse = SmtpServer.Protocol.SmtpResponse;

namespace CivicAction.Tests.Support;

/// <summary>How the test SMTP server behaves.</summary>
public enum SinkMode
{
    Accept,
    TemporaryFailure, // 451 at RCPT
    PermanentFailure, // 550 at RCPT
    Slow,             // accepts, but only after a long pause on DATA
}

/// <summary>A received message with the envelope recipients the server saw.</summary>
public sealed record ReceivedMail(MimeMessage Message, IReadOnlyList<string> Recipients);

/// <summary>
/// A real SMTP server on a loopback port (the SmtpServer package, real TCP), recording what it
/// receives. Its mode can change between attempts to play a flaky server.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;

    private SmtpSink(Task running, int port, CancellationTokenSource stop)
    {
        _running = running;
        _stop = stop;
        Port = port;
    }

    public int Port { get; }

    public SinkMode Mode { get; set; } = SinkMode.Accept;

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(5);

    public ConcurrentQueue<ReceivedMail> Received { get; } = new();

    /// <summary>The one wait for mail in the tests: the first received message that matches, once it has arrived.</summary>
    /// <exception cref="TimeoutException">None matched within <paramref name="timeout"/> (15 s by default).</exception>
    public async Task<ReceivedMail> WaitForAsync(Func<ReceivedMail, bool> match, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        ReceivedMail? found = null;
        await Poll.UntilAsync(() => (found = Received.FirstOrDefault(match)) is not null, timeout,
            () => $"no matching mail arrived; the server has {Received.Count}");
        return found!;
    }

    /// <summary>Every message received, once there are at least <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForCountAsync(int count, TimeSpan? timeout = null)
    {
        await Poll.UntilAsync(() => Received.Count >= count, timeout, () => $"expected {count} mails; the server has {Received.Count}");
        return Received.ToList();
    }

    public static async Task<SmtpSink> StartAsync()
    {
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("sink.test")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        SmtpSink? sink = null;
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new Filter(() => sink!));
        services.Add(new Store(() => sink!));
        var stop = new CancellationTokenSource();
        var server = new SmtpServer.SmtpServer(options, services);
        var running = server.StartAsync(stop.Token);
        var port = await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        sink = new SmtpSink(running, port, stop);
        return sink;
    }

    /// <summary>A port where nothing listens: the server is down.</summary>
    public static int UnusedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
        }

        _stop.Dispose();
    }

    private sealed class Filter(Func<SmtpSink> sink) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            sink().Mode switch
            {
                SinkMode.TemporaryFailure => throw new SmtpResponseException(new SmtpResponse((SmtpReplyCode)451, "4.3.0 try again later")),
                SinkMode.PermanentFailure => throw new SmtpResponseException(new SmtpResponse((SmtpReplyCode)550, "5.1.1 no such mailbox")),
                _ => Task.FromResult(true),
            };
    }

    private sealed class Store(Func<SmtpSink> sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var target = sink();
            if (target.Mode == SinkMode.Slow)
            {
                await Task.Delay(target.SlowDelay, cancellationToken);
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var recipients = transaction.To.Select(m => $"{m.User}@{m.Host}").ToList();
            target.Received.Enqueue(new ReceivedMail(message, recipients));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>A clock the test moves by hand (leases and backoff without waiting).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}

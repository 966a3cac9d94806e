using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CivicAction.Tests.Support;
using CivicAction.Web.Platform.Database;
using CivicAction.Web.Postgres;
using Dapper;
using Xunit.Abstractions;

namespace CivicAction.Tests.Postgres;

/// <summary>
/// Three real processes of the built app (the <c>serve</c> verb) on one PostgreSQL database and one SMTP server on
/// loopback, as behind a load balancer: 1,000 confirmed messages are each delivered once, with their own Message-ID,
/// while one instance is killed and started again midway.
/// </summary>
public sealed class ThreeInstancesDeliveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Messages = 1000;

    // Short, so that the message the killed instance was sending goes to another within the test's time; but longer
    // than a live instance can take over one message on a busy machine (at 3 s a starved instance's lease ran out
    // while it was still sending, and a second instance sent the message again).
    private const int LeaseSeconds = 10;

    private readonly string _connectionString = PostgresServer.CreateDatabase();
    private readonly string _folder = Directory.CreateTempSubdirectory("civicaction-three-").FullName;
    private readonly List<AppProcess> _processes = [];
    private SmtpSink _smtp = null!;

    public async Task InitializeAsync() => _smtp = await SmtpSink.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            process.Dispose();
        }

        await _smtp.DisposeAsync();
        PostgresServer.DropDatabase(_connectionString);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AThousandMessages_AreEachDeliveredOnce_WhileOneOfThreeInstancesIsKilledAndRestarted()
    {
        var clock = Stopwatch.StartNew();
        using (var database = new PostgresDatabase(_connectionString))
        {
            DapperSetup.Configure();
            new Migrator(database).Migrate();
        }

        var ports = new[] { FreePort(), FreePort(), FreePort() };
        var instances = ports.Select(Start).ToList();
        await Task.WhenAll(instances.Select(i => i.WaitUntilServingAsync()));
        var expected = Enqueue();

        await _smtp.WaitForCountAsync(Messages / 4, TimeSpan.FromSeconds(60));
        instances[1].Kill();
        var delivered = _smtp.Received.Count;
        Assert.True(delivered < Messages, $"all {delivered} were delivered before the kill: nothing was left to test");
        var restarted = Start(ports[1]);
        await restarted.WaitUntilServingAsync();

        await Poll.UntilAsync(() => Count("state = 'sent'") == Messages, TimeSpan.FromSeconds(90),
            () => $"{Count("state = 'sent'")} of {Messages} sent; {Count("state = 'sending'")} being sent");
        var received = _smtp.Received.Select(m => m.Message.MessageId).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), received.Distinct().Order(StringComparer.Ordinal));
        // Delivery is at least once: the one message the killed instance may have handed to the server without
        // recording it comes again, with the same Message-ID, by which a mail system drops it.
        Assert.InRange(received.Count - Messages, 0, 1);
        Assert.InRange(Count("attempts > 1"), 0, 1);
        var sentBy = new[] { instances[0].SentCount, instances[1].SentCount + restarted.SentCount, instances[2].SentCount };
        Assert.All(sentBy, n => Assert.True(n > 0, $"sent by each instance: {string.Join(", ", sentBy)}: the work was not shared"));
        output.WriteLine($"{received.Count} mails for {Messages} messages, {delivered} before the kill; sent by each instance: {string.Join(", ", sentBy)}; {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), $"took {clock.Elapsed}");
    }

    /// <summary>The messages, confirmed (pending), in one transaction while the instances run; their Message-IDs.</summary>
    private List<string> Enqueue()
    {
        using var database = new PostgresDatabase(_connectionString);
        using var connection = database.OpenForWriting();
        return connection.Query<string>("""
            INSERT INTO outbox_messages (message_id, purpose, owner_key, from_name, to_address, subject, body, state,
                                         next_attempt_at, created_at, channel)
            SELECT 'load-' || n || '@civicaction.test', 'foia', 'foia:' || n, 'Ann Example', 'foia@agency.test',
                   'Request ' || n, 'The records of request ' || n || '.', 'pending', now(), now(), 'smtp'
            FROM generate_series(1, @count) AS n
            RETURNING message_id
            """, new { count = Messages }).ToList();
    }

    private long Count(string where)
    {
        using var database = new PostgresDatabase(_connectionString);
        using var connection = database.Open();
        return connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM outbox_messages WHERE {where}");
    }

    private AppProcess Start(int port)
    {
        var process = new AppProcess(port, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            // The settings files are not watched: inotify instances are few per user, and the test hosts need them.
            ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
            ["DOTNET_USE_POLLING_FILE_WATCHER"] = "true",
            ["Database__Provider"] = "PostgreSQL",
            ["Database__ConnectionString"] = _connectionString,
            ["Database__Path"] = Path.Combine(_folder, "unused.db"),
            ["Seeds__Path"] = Fixtures.SeedsFolder,
            ["ReferenceData__SnapshotPath"] = "",
            ["Site__PublicUrl"] = "http://localhost",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "None",
            ["Smtp__FromAddress"] = "noreply@civicaction.test",
            ["Smtp__PollSeconds"] = "0.1",
            ["Smtp__TimeoutSeconds"] = "2",
            ["Smtp__LeaseSeconds"] = LeaseSeconds.ToString(CultureInfo.InvariantCulture),
        });
        _processes.Add(process);
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The built app run as an operator runs it: <c>dotnet CivicAction.dll serve --urls ...</c>, its log kept.</summary>
internal sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();

    public AppProcess(int port, IReadOnlyDictionary<string, string> environment)
    {
        Port = port;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(AppDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { AppDll, "serve", "--urls", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}" })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("the app did not start");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }

    /// <summary>The messages this process logged as sent.</summary>
    public int SentCount => _log.Count(l => l.Contains(" sent on attempt ", StringComparison.Ordinal));

    /// <summary>The app built beside these tests, in the same configuration (Release or Debug).</summary>
    private static string AppDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var framework = new DirectoryInfo(AppContext.BaseDirectory).Name;
            return Path.Combine(Fixtures.RepositoryRoot, "src", "CivicAction.Web", "bin", configuration, framework, "CivicAction.dll");
        }
    }

    public async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Poll.UntilAsync(async () =>
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the app on port {Port} exited ({_process.ExitCode}): {string.Join('\n', _log.TakeLast(30))}");
            }

            try
            {
                return (await client.GetAsync(new Uri($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/healthz"))).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(60), () => $"the app on port {Port} did not answer /healthz: {string.Join('\n', _log.TakeLast(30))}");
    }

    /// <summary>As a machine that dies: no shutdown, no recording of what it was sending.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _log.Enqueue(line);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CivicAction.Tests.Support;

/// <summary>
/// The real PostgreSQL server the PostgreSQL tests run on, one per test run: the one named by
/// <c>CIVICACTION_TEST_POSTGRES</c> (a connection string whose user may create databases; tests/run.sh starts a
/// server and sets it), or else one started here from PostgreSQL 15's own programs in a temporary folder, stopped
/// when the run ends. Without either, every PostgreSQL test fails and says what to install: a missing server is
/// never a skipped test.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "CIVICACTION_TEST_POSTGRES";

    public const string Binaries = "/usr/lib/postgresql/15/bin";

    private static readonly Lazy<string> AdminServer = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to the server's maintenance database, for creating and dropping test databases.</summary>
    public static string AdminConnectionString => AdminServer.Value;

    /// <summary>
    /// A new database of its own (so tests stay independent), empty or a copy of <paramref name="template"/> (a
    /// database made here, which nothing is connected to); its connection string.
    /// </summary>
    public static string CreateDatabase(string? template = null)
    {
        var name = "civic_test_" + Guid.NewGuid().ToString("N")[..12];
        var copy = template is null ? "" : " TEMPLATE " + new NpgsqlConnectionStringBuilder(template).Database;
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {name}{copy}", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ToString();
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, even while the app's pool still holds connections to it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return given;
        }

        if (!File.Exists(Path.Combine(Binaries, "initdb")))
        {
            throw new InvalidOperationException(
                $"The PostgreSQL tests need a PostgreSQL 15 server: set {Variable} to a connection string whose user may create " +
                $"databases (bash tests/run.sh does), or install postgresql-15 (apt-get install postgresql-15) so that the tests " +
                $"start one from {Binaries}.");
        }

        var folder = Directory.CreateTempSubdirectory("civicaction-pg-").FullName;
        var data = Path.Combine(folder, "data");
        var port = FreePort();
        // initdb refuses to run as root: then the server runs as the postgres user Debian's package creates.
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", "postgres:", folder);
        }

        Run(asRoot, Path.Combine(Binaries, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        Run(asRoot, Path.Combine(Binaries, "pg_ctl"), "-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "start", "-o",
            $"-c listen_addresses=127.0.0.1 -p {port.ToString(CultureInfo.InvariantCulture)} -k {folder} -c fsync=off -c max_connections=300");
        var stop = (asRoot ? "runuser -u postgres -- " : "") + $"{Binaries}/pg_ctl -D '{data}' -m immediate stop";
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            Run("sh", "-c", $"{stop} >/dev/null 2>&1; rm -rf '{folder}'");
        };
        // A test host that is killed runs no exit handler: a watcher stops the server once this process is gone.
        var watcher = new ProcessStartInfo("sh") { WorkingDirectory = "/" };
        watcher.ArgumentList.Add("-c");
        watcher.ArgumentList.Add($"while kill -0 {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)} 2>/dev/null; do sleep 2; done; {stop} >/dev/null 2>&1; rm -rf '{folder}'");
        Process.Start(watcher)?.Dispose();
        return $"Host=127.0.0.1;Port={port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database=postgres";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(bool asPostgres, string program, params string[] args) =>
        Run(asPostgres ? "runuser" : program, asPostgres ? ["-u", "postgres", "--", program, .. args] : args);

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode}): {errors}{output.Result}");
        }
    }
}

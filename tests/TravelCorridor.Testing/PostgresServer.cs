using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace TravelCorridor.Testing;

/// <summary>
/// A private, throwaway PostgreSQL server: a fresh cluster in a scratch directory, listening on a free
/// port on 127.0.0.1 only, with trust authentication for the <c>postgres</c> superuser. Use it as an
/// xunit fixture (it starts in InitializeAsync) or start it yourself; dispose stops it and deletes it.
/// </summary>
public partial class PostgresServer : IAsyncLifetime, IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim gate = new(1, 1);
    private ServerSupervisor? supervisor;

    public string Host => "127.0.0.1";

    public int Port { get; } = FreePort.Next();

    public string Username => "postgres";

    /// <summary>The cluster (data/), console.log and the unix socket; deleted on dispose.</summary>
    public string BaseDirectory { get; } = ScratchDirectory.NewPath("tc-postgres");

    public bool IsRunning => supervisor?.Server is { HasExited: false };

    /// <summary>How long the last <see cref="StartAsync"/> took, including initdb the first time.</summary>
    public TimeSpan LastStartDuration { get; private set; }

    /// <summary>Where start/stop timings go; the console unless a test wants them elsewhere.</summary>
    public Action<string> Log { get; init; } = Console.WriteLine;

    private string DataDirectory => Path.Combine(BaseDirectory, "data");

    /// <summary>An Npgsql connection string for <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database = "postgres") =>
        $"Host={Host};Port={Port};Username={Username};Database={database}";

    /// <summary>Creates the cluster on first use, starts the server and returns once it accepts connections.</summary>
    public async Task StartAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (IsRunning)
            {
                return;
            }

            var elapsed = Stopwatch.StartNew();
            if (supervisor is null)
            {
                supervisor = await CreateClusterAsync().ConfigureAwait(false);
            }

            await supervisor.StartAsync(
                $"PostgreSQL on port {Port}",
                [
                    PostgresInstallation.Program("postgres"), "-D", DataDirectory, "-p", Port.ToString(),
                    "-c", "listen_addresses=127.0.0.1", "-c", $"unix_socket_directories={BaseDirectory}",
                    // Durability is pointless for a cluster deleted after the run, and costly on CI disks.
                    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                    // Several nodes with connection pools share one server in end-to-end tests.
                    "-c", "max_connections=300",
                ],
                Path.Combine(BaseDirectory, "console.log"),
                new Dictionary<string, string>(),
                IsReadyAsync,
                StartTimeout).ConfigureAwait(false);
            LastStartDuration = elapsed.Elapsed;
            Log($"PostgreSQL accepting connections on {Host}:{Port} after {LastStartDuration.TotalSeconds:0.0} s");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Shuts the server down (fast mode), keeping the cluster for the next <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (supervisor is not null)
            {
                // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, then stop.
                await supervisor.StopAsync(Signals.Interrupt, StopGrace).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        // Restricted so the name needs no escaping in SQL and cannot break the connection string.
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain database name (letters, digits, _ and -).", nameof(name));
        }

        await PsqlAsync($"CREATE DATABASE \"{name}\"").ConfigureAwait(false);
        return ConnectionString(name);
    }

    /// <summary>Runs SQL with psql and returns the bare result rows (unaligned, tuples only); throws on error.</summary>
    public Task<string> PsqlAsync(string sql, string database = "postgres") =>
        Command.RunCheckedAsync(
        [
            PostgresInstallation.Program("psql"), "-h", Host, "-p", Port.ToString(), "-U", Username, "-d", database,
            "-X", "-v", "ON_ERROR_STOP=1", "-A", "-t", "-c", sql,
        ]);

    /// <summary>Stops the server and deletes its cluster.</summary>
    public async ValueTask DisposeAsync()
    {
        if (supervisor is not null)
        {
            // Immediate kill would leave backends to notice the dead postmaster on their own; fast
            // shutdown takes well under a second and leaves nothing behind.
            await StopAsync().ConfigureAwait(false);
            supervisor.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,63}$")]
    private static partial Regex DatabaseName();

    private async Task<ServerSupervisor> CreateClusterAsync()
    {
        var initdb = PostgresInstallation.Program("initdb");
        var account = ServiceAccount.For("postgres", PostgresInstallation.InstallHint);
        Directory.CreateDirectory(BaseDirectory);
        await account.GiveOwnershipAsync(BaseDirectory).ConfigureAwait(false);
        var supervisor = new ServerSupervisor(account, BaseDirectory);
        try
        {
            await Command.RunCheckedAsync(
                account.Wrap([initdb, "-D", DataDirectory, "-U", Username, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]),
                BaseDirectory).ConfigureAwait(false);
            return supervisor;
        }
        catch
        {
            supervisor.Dispose();
            throw;
        }
    }

    private async Task<bool> IsReadyAsync()
    {
        // pg_isready says yes only once recovery is over and logins are accepted, unlike a bare TCP connect.
        var result = await Command.RunAsync(
            [PostgresInstallation.Program("pg_isready"), "-h", Host, "-p", Port.ToString(), "-U", Username, "-d", "postgres"])
            .ConfigureAwait(false);
        return result.ExitCode == 0;
    }
}

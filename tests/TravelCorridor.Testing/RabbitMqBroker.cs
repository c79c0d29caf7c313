using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace TravelCorridor.Testing;

/// <summary>
/// A private, throwaway RabbitMQ node on free loopback ports, with its data in a scratch directory.
/// Use it as an xunit fixture (it starts in InitializeAsync) or start it yourself. <see cref="StopAsync"/>
/// really stops the node, so clients see an outage, and <see cref="StartAsync"/> brings it back on the same
/// ports with the same data, so durable queues keep their persistent messages.
/// </summary>
public class RabbitMqBroker : IAsyncLifetime, IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan StopGrace = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim gate = new(1, 1);
    private ServiceAccount? account;
    private RabbitMqNode? node;
    private ServerSupervisor? supervisor;
    private bool startupAwaited;

    /// <summary>
    /// Plugins to enable, e.g. <c>rabbitmq_federation</c>; none by default. An init property rather than a
    /// constructor parameter because xunit builds fixtures through their one public constructor: set it in
    /// the constructor of a derived fixture class, or with an object initializer.
    /// </summary>
    public IReadOnlyCollection<string> EnabledPlugins { get; init; } = [];

    public string Host => "127.0.0.1";

    public int AmqpPort { get; } = FreePort.Next();

    /// <summary>The Erlang distribution port, which rabbitmqctl and clustering use.</summary>
    public int DistributionPort { get; } = FreePort.Next();

    /// <summary>guest/guest, which RabbitMQ accepts from loopback only, and the default vhost.</summary>
    public Uri AmqpUri => new($"amqp://guest:guest@{Host}:{AmqpPort}/");

    public string NodeName { get; } = $"tc-{Guid.NewGuid().ToString("N")[..10]}@localhost";

    /// <summary>Data, logs (log/, console.log) and config of the node; deleted on dispose.</summary>
    public string BaseDirectory { get; } = ScratchDirectory.NewPath("tc-rabbitmq");

    public bool IsRunning => supervisor?.Server is { HasExited: false };

    /// <summary>How long the last <see cref="StartAsync"/> took until the node accepted AMQP connections.</summary>
    public TimeSpan LastStartDuration { get; private set; }

    /// <summary>Where start/stop timings go; the console unless a test wants them elsewhere.</summary>
    public Action<string> Log { get; init; } = Console.WriteLine;

    /// <summary>Starts the node, or restarts it after <see cref="StopAsync"/>; returns once AMQP accepts connections.</summary>
    public async Task StartAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (IsRunning)
            {
                return;
            }

            var server = RabbitMqInstallation.Server;
            if (supervisor is null || node is null)
            {
                account = ServiceAccount.For("rabbitmq", RabbitMqInstallation.InstallHint);
                node = new RabbitMqNode(BaseDirectory, NodeName, AmqpPort, DistributionPort);
                node.WriteFiles(EnabledPlugins);
                await account.GiveOwnershipAsync(BaseDirectory).ConfigureAwait(false);
                supervisor = new ServerSupervisor(account, BaseDirectory);
            }

            var elapsed = Stopwatch.StartNew();
            await supervisor.StartAsync(
                $"RabbitMQ node {NodeName}", [server], node.LogFile, node.Environment, AcceptsConnectionsAsync, StartTimeout)
                .ConfigureAwait(false);
            LastStartDuration = elapsed.Elapsed;
            startupAwaited = false;
            Log($"RabbitMQ {NodeName} accepting AMQP on {Host}:{AmqpPort} after {LastStartDuration.TotalSeconds:0.0} s");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Shuts the node down (the whole Erlang VM, not just the app), so connections drop and new ones are
    /// refused; its data directory stays for the next <see cref="StartAsync"/>.
    /// </summary>
    public async Task StopAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (supervisor?.Server is null)
            {
                return;
            }

            var elapsed = Stopwatch.StartNew();
            // The foreground rabbitmq-server script turns SIGTERM into a graceful node shutdown.
            await supervisor.StopAsync(Signals.Terminate, StopGrace).ConfigureAwait(false);
            Log($"RabbitMQ {NodeName} stopped after {elapsed.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// SIGKILL to the whole node (the Erlang VM and its children): no goodbye to clients and nothing flushed,
    /// as when its machine fails. <see cref="StartAsync"/> brings it back on the same ports and data.
    /// </summary>
    public async Task KillAsync()
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (supervisor?.Server is not null)
            {
                await supervisor.StopAsync(Signals.Kill, TimeSpan.Zero).ConfigureAwait(false);
                Log($"RabbitMQ {NodeName} killed");
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Runs <c>rabbitmqctl -n NODE args…</c> against this node and returns what it printed, e.g.
    /// <c>RabbitmqctlAsync("list_queues", "name", "messages")</c>; throws if it fails.
    /// </summary>
    public async Task<string> RabbitmqctlAsync(params string[] args)
    {
        if (account is null || node is null)
        {
            throw new InvalidOperationException($"RabbitMQ node {NodeName} has not been started.");
        }

        // AMQP accepts connections a moment before the node reports its 'rabbit' app running, and most
        // rabbitmqctl commands refuse to run in that moment; wait for it once per start.
        if (!startupAwaited)
        {
            await Command.RunCheckedAsync(
                account.Wrap([RabbitMqInstallation.Ctl, "-n", NodeName, "await_startup"]), BaseDirectory, node.Environment).ConfigureAwait(false);
            startupAwaited = true;
        }
        return await Command.RunCheckedAsync(
            account.Wrap([RabbitMqInstallation.Ctl, "-n", NodeName, .. args]), BaseDirectory, node.Environment).ConfigureAwait(false);
    }

    /// <summary>Kills the node and deletes its directory.</summary>
    public ValueTask DisposeAsync()
    {
        supervisor?.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private async Task<bool> AcceptsConnectionsAsync()
    {
        // The AMQP listener opens after queue recovery and plugin start, so a connect means ready for
        // clients; rabbitmqctl may need a moment more (see RabbitmqctlAsync).
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, AmqpPort).ConfigureAwait(false);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

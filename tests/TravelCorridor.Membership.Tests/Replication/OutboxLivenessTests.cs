using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;
using Xunit.Abstractions;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>
/// The outbox keeps publishing after any broker failure, without a node restart: while writers keep
/// committing, the broker is killed with SIGKILL at random moments, the network path to it goes silent, or
/// it blocks its publishers (a memory alarm);
/// after each return everything committed before it must be confirmed by the broker within 30 s. Default
/// outbox and bus settings, as in production.
/// </summary>
public sealed class OutboxLivenessTests(RabbitMqBroker broker, ITestOutputHelper output) : IClassFixture<RabbitMqBroker>
{
    private static readonly TimeSpan DrainDeadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task After_each_of_20_kill_9s_of_the_broker_under_load_the_outbox_drains_within_30_s_of_its_return()
    {
        var random = Seeded();
        await using var sg = await StartAsync(broker.AmqpPort);
        await UnderLoadAsync(sg, async () =>
        {
            for (var cycle = 1; cycle <= 20; cycle++)
            {
                // The fault schedule itself, not a wait for a condition: the kill lands at a random moment of the load.
                await Task.Delay(random.Next(100, 2000));
                await broker.KillAsync();
                await Task.Delay(random.Next(0, 1500));
                await broker.StartAsync();
                await DrainsAsync(sg, $"kill -9 {cycle}");
            }
        });
    }

    [Fact]
    public async Task After_the_network_path_to_the_broker_goes_silent_and_comes_back_the_outbox_drains_within_30_s()
    {
        var random = Seeded();
        await using var path = new TcpProxy(broker.AmqpPort);
        await using var sg = await StartAsync(path.Port);
        await UnderLoadAsync(sg, async () =>
        {
            for (var cycle = 1; cycle <= 3; cycle++)
            {
                await Task.Delay(random.Next(500, 2000));
                // Silence, not a close: only heartbeats tell the node that its connection is gone.
                path.Cut();
                await Task.Delay(random.Next(2000, 8000));
                path.Restore();
                await DrainsAsync(sg, $"network cut {cycle}");
            }
        });
    }

    [Fact]
    public async Task After_the_broker_blocks_publishers_and_lets_them_go_again_the_outbox_drains_within_30_s()
    {
        var random = Seeded();
        await using var sg = await StartAsync(broker.AmqpPort);
        await UnderLoadAsync(sg, async () =>
        {
            await Task.Delay(random.Next(500, 2000));
            // A memory alarm: the broker stops reading from every publishing connection (connection.blocked).
            await broker.RabbitmqctlAsync("set_vm_memory_high_watermark", "0");
            await Task.Delay(random.Next(3000, 8000));
            await broker.RabbitmqctlAsync("set_vm_memory_high_watermark", "0.4");
            await DrainsAsync(sg, "blocked publishers");
        });
    }

    private Random Seeded()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        return new Random(seed);
    }

    private static async Task<NodeHost> StartAsync(int amqpPort)
    {
        var node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = $"amqp://guest:guest@127.0.0.1:{amqpPort}/",
            ["Membership:Secretariat"] = "SG",
        });
        await node.WaitUntilServingAsync();
        return node;
    }

    /// <summary>Runs <paramref name="outages"/> while three writers suspend and reinstate member states.</summary>
    private static async Task UnderLoadAsync(NodeHost node, Func<Task> outages)
    {
        using var stop = new CancellationTokenSource();
        var writers = new[] { "BN", "KH", "LA" }.Select(code => WriteAsync(node, code, stop.Token)).ToList();
        try
        {
            await outages();
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }
        Assert.True(await node.QueryAsync(db => db.Outbox.CountAsync()) > 100, "the writers produced events throughout");
    }

    /// <summary>Every row committed before now is confirmed by the broker within <see cref="DrainDeadline"/>.</summary>
    private async Task DrainsAsync(NodeHost node, string outage)
    {
        var back = Stopwatch.StartNew();
        var last = await node.QueryAsync(db => db.Outbox.MaxAsync(m => (long?)m.Id)) ?? 0;
        try
        {
            await Eventually.Until(async () => !await node.QueryAsync(db => db.Outbox.AnyAsync(m => m.Id <= last && m.SentAt == null)),
                DrainDeadline);
        }
        catch (TimeoutException)
        {
            var unsent = await node.QueryAsync(db => db.Outbox.CountAsync(m => m.SentAt == null));
            Assert.Fail($"After {outage}: {unsent} rows still unsent {DrainDeadline.TotalSeconds} s after the broker was back.");
        }
        output.WriteLine($"{outage}: rows up to {last} confirmed {back.Elapsed.TotalSeconds:0.0} s after the broker was back");
    }

    /// <summary>Suspends and reinstates one member state until stopped: a steady stream of outbox rows.</summary>
    private static async Task WriteAsync(NodeHost node, string code, CancellationToken stop)
    {
        var admin = node.As(CorridorRoles.CorridorAdmin);
        while (!stop.IsCancellationRequested)
        {
            await node.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = code, Reason = "load" }, admin);
            await node.Membership.ReinstateMemberStateAsync(new ReinstateMemberStateRequest { Code = code, Reason = "load" }, admin);
            await Task.Delay(10, CancellationToken.None);
        }
    }
}

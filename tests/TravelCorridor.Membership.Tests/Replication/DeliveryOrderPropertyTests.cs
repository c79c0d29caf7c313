using System.Text.Json;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.Tests.Api;
using TravelCorridor.Membership.V1;
using TravelCorridor.Messaging;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;
using Xunit.Abstractions;
using TravelCorridor.Contracts;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>
/// Whatever order a replica receives a change history in — permuted, with duplicates, some events held back and
/// delivered last — it ends equal to the origin field by field. The history is random (membership changes SG's
/// node may make); the events are the origin's own outbox rows, delivered signed through the replica's bus, so
/// the checks and consumers a real delivery meets all run.
/// </summary>
public sealed class DeliveryOrderPropertyTests(ITestOutputHelper output)
{
    private const int Operations = 60;
    private const int Deliveries = 10;
    private static readonly string[] Partners = ["MY", "VN", "TH"];
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_replica_equals_the_origin_field_by_field_after_any_delivery_order()
    {
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        await using var origin = await NodeHost.StartAsync("SG");
        await MakeHistoryAsync(origin, random);
        var history = await EventsAsync(origin);
        var expected = await StateAsync(origin);
        output.WriteLine($"{history.Count} events");

        // Kept until the end: MassTransit's log context is process-wide, and a bus built after another node's was
        // disposed would reach that node's disposed logger factory.
        var replicas = new List<NodeHost>();
        try
        {
            for (var delivery = 1; delivery <= Deliveries; delivery++)
            {
                var replica = await NodeHost.StartAsync("VN", settings: new Dictionary<string, string?> { ["Membership:Secretariat"] = "SG" });
                replicas.Add(replica);
                await DeliverAsync(replica, Disorder(history, random), expected, delivery, history.Count);
            }
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    private async Task DeliverAsync(NodeHost replica, List<IIntegrationEvent> order, string expected, int delivery, int historyLength)
    {
        var bus = replica.Services.GetRequiredService<IBus>();
        foreach (var change in order)
        {
            await bus.PublishSignedAsync(change);
        }
        try
        {
            await Eventually.Until(async () => await StateAsync(replica) == expected, Deadline);
        }
        catch (TimeoutException)
        {
            Assert.Equal(expected, await StateAsync(replica)); // shows the first field that differs
        }
        output.WriteLine($"delivery {delivery}: {order.Count} events ({order.Count - historyLength} duplicates) → equal");
    }

    /// <summary>Random membership changes that SG's node may make, as a lone node (it also accepts as the partner).</summary>
    private static async Task MakeHistoryAsync(NodeHost node, Random random)
    {
        var client = node.Membership;
        var admin = node.As(CorridorRoles.CorridorAdmin);
        var keys = new List<string>();
        for (var i = 0; i < Operations; i++)
        {
            var partner = Partners[random.Next(Partners.Length)];
            var corridorId = string.CompareOrdinal("SG", partner) < 0 ? $"SG-{partner}" : $"{partner}-SG";
            try
            {
                switch (random.Next(7))
                {
                    case 0:
                        await client.ProposeCorridorAsync(new ProposeCorridorRequest
                        {
                            ProposingMember = "SG", PartnerMember = partner, MaxStayDays = random.Next(1, 30),
                            Purposes = { random.Next(2) == 0 ? TravelPurpose.EssentialBusiness : TravelPurpose.Official },
                        }, node.As(CorridorRoles.MemberAdmin, "SG"));
                        break;
                    case 1:
                        await client.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = corridorId, AcceptingMember = partner },
                            node.As(CorridorRoles.MemberAdmin, partner));
                        break;
                    case 2:
                        await client.SuspendCorridorAsync(new SuspendCorridorRequest { CorridorId = corridorId, SuspendingMember = "SG", Reason = $"step {i}" },
                            node.As(CorridorRoles.MemberAdmin, "SG"));
                        break;
                    case 3:
                        var keyId = $"sg-rules-{i}";
                        await client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", keyId), admin);
                        keys.Add(keyId);
                        break;
                    case 4 when keys.Count > 0:
                        await client.RevokeTrustedKeyAsync(new RevokeTrustedKeyRequest { Member = "SG", KeyId = keys[random.Next(keys.Count)], Reason = $"step {i}" }, admin);
                        break;
                    case 5:
                        await client.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = partner, Reason = $"step {i}" }, admin);
                        break;
                    default:
                        await client.ReinstateMemberStateAsync(new ReinstateMemberStateRequest { Code = partner, Reason = $"step {i}" }, admin);
                        break;
                }
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.FailedPrecondition or StatusCode.NotFound or StatusCode.AlreadyExists)
            {
                // Not possible in the current state: the history simply skips it.
            }
        }
    }

    private static async Task<List<IIntegrationEvent>> EventsAsync(NodeHost node)
    {
        var rows = await node.QueryAsync(db => db.Outbox.OrderBy(m => m.Id).ToListAsync());
        return rows.Select(r => (IIntegrationEvent)JsonSerializer.Deserialize(r.Body, EventTypes.Resolve(r.MessageType), EventJson.Options)!).ToList();
    }

    /// <summary>A shuffle, with about one event in five delivered twice and a few held back until the very end.</summary>
    private static List<IIntegrationEvent> Disorder(List<IIntegrationEvent> history, Random random)
    {
        var order = history.Concat(history.Where(_ => random.Next(5) == 0)).OrderBy(_ => random.Next()).ToList();
        var heldBack = order.Select(_ => random.Next(10) == 0).ToList();
        return [.. order.Where((_, i) => !heldBack[i]), .. order.Where((_, i) => heldBack[i])];
    }

    /// <summary>Every member state, corridor and key with every stored field, as one comparable text.</summary>
    private static Task<string> StateAsync(NodeHost node) => node.QueryAsync(async db =>
    {
        var members = await db.MemberStates.AsNoTracking().OrderBy(m => m.Code).ToListAsync();
        var corridors = await db.Corridors.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        var keys = await db.TrustedKeys.AsNoTracking().OrderBy(k => k.Member).ThenBy(k => k.KeyId).ToListAsync();
        return string.Join('\n', members.Select(Json).Concat(corridors.Select(Json)).Concat(keys.Select(Json)));
    });

    private static string Json<T>(T entity) => JsonSerializer.Serialize(entity, new JsonSerializerOptions { WriteIndented = false });
}

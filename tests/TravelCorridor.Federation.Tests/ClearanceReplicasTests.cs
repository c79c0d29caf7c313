using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Grpc.Core;
using RabbitMQ.Client;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Federation.Tests;

/// <summary>
/// One member state whose clearance outgrew one process: three clearance replicas on one PostgreSQL database and one
/// broker, sharing the audit log, the outbox and the pass keys, each following membership and eligibility itself, so
/// a rule-set change reaches each of them.
/// </summary>
public sealed class ClearanceReplicasTests : IAsyncLifetime
{
    private const int Replicas = 3;
    private const int Travellers = 30;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly RabbitMqBroker broker = new();
    private readonly PostgresServer postgres = new();
    private readonly string shared = ScratchDirectory.NewPath("tc-replica-keys");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(shared);
        await Task.WhenAll(broker.StartAsync(), postgres.StartAsync());
    }

    public async Task DisposeAsync()
    {
        await broker.DisposeAsync();
        await postgres.DisposeAsync();
        Directory.Delete(shared, recursive: true);
    }

    [Fact]
    public async Task Three_replicas_share_one_audit_log_publish_each_decision_once_verify_and_revoke_each_other_s_passes_and_all_take_a_new_rule_set()
    {
        var clearanceDb = await postgres.CreateDatabaseAsync("clearance");
        await using var core = await NodeProcess.StartAsync("SG", "membership,eligibility", new Dictionary<string, string>
        {
            ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
            // The rule set published below takes effect at once.
            ["Eligibility:MinimumLeadTime"] = "00:00:00",
        });
        // Started together: the schema migration of the shared database is taken in turns (EF Core's migration lock).
        var replicas = await Task.WhenAll(Enumerable.Range(0, Replicas).Select(_ => ClearanceReplicas.StartAsync("SG", broker.AmqpUri, clearanceDb, core, shared)));
        try
        {
            await using var cleared = await EventTap.StartAsync(broker, "TravelCorridor.Contracts.Clearance:TravellerCleared");
            await Corridors.ProposeAndAcceptMySgAsync(core);
            await TrustPassesKeyAsync(core);

            var clearances = new List<TravelCorridor.Clearance.V1.Clearance>();
            for (var i = 0; i < Travellers; i++)
            {
                var replica = replicas[i % Replicas];
                clearances.Add(await ClearAsync(replica, i));
            }
            await Eventually.Until(() => cleared.Count >= Travellers, Deadline);
            await Task.Delay(TimeSpan.FromSeconds(3)); // a second publication of any of them would arrive meanwhile

            foreach (var replica in replicas)
            {
                var verdicts = await Task.WhenAll(clearances.Select(c => Client(replica).VerifyClearancePassAsync(
                    new VerifyClearancePassRequest { Pass = c.Pass }, replica.As(CorridorRoles.BorderOfficer, "SG")).ResponseAsync));
                Assert.All(verdicts, v => Assert.True(v.Valid, v.Message));
            }
            var revoked = clearances[1]; // decided by the second replica, revoked on the first
            await Client(replicas[0]).RevokeClearanceAsync(new RevokeClearanceRequest { ClearanceId = revoked.ClearanceId, Reason = "document reported stolen" },
                replicas[0].As(CorridorRoles.BorderOfficer, "SG"));
            var again = await Assert.ThrowsAsync<RpcException>(() => Client(replicas[2]).RevokeClearanceAsync(
                new RevokeClearanceRequest { ClearanceId = revoked.ClearanceId, Reason = "twice" }, replicas[2].As(CorridorRoles.BorderOfficer, "SG")).ResponseAsync);

            Assert.Equal(Travellers, cleared.Count);
            Assert.Equal(clearances.Select(c => c.ClearanceId).Order(), cleared.ClearanceIds.Order());
            Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
            foreach (var replica in replicas)
            {
                var verdict = await Client(replica).VerifyClearancePassAsync(new VerifyClearancePassRequest { Pass = revoked.Pass },
                    replica.As(CorridorRoles.BorderOfficer, "SG"));
                Assert.Equal(PassProblem.Revoked, verdict.Problem);
                var listed = await Client(replica).GetClearanceAsync(new GetClearanceRequest { ClearanceId = clearances[^1].ClearanceId },
                    replica.As(CorridorRoles.BorderOfficer, "SG"));
                Assert.Equal(clearances[^1].ClearanceId, listed.Clearance.ClearanceId);
            }
            Assert.Equal($"{Travellers}", (await postgres.PsqlAsync("SELECT count(*) FROM clearances", "clearance")).Trim());
            await Eventually.Until(async () =>
                (await postgres.PsqlAsync("""SELECT count(*) FROM outbox_messages WHERE "SentAt" IS NULL""", "clearance")).Trim() == "0", Deadline);

            // A rule-set change reaches every replica: each follows eligibility itself.
            await ExampleRuleSet.PublishAsync(core);
            foreach (var replica in replicas)
            {
                await Eventually.Until(async () => (await Client(replica).ClearTravellerAsync(
                    new ClearTravellerRequest { Application = Testing.Travellers.BusinessTrip() }, replica.As(CorridorRoles.BorderOfficer, "SG")))
                    .Clearance.Decision.RuleSetVersion == 1, Deadline);
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

    private static ClearanceService.ClearanceServiceClient Client(NodeProcess replica) => new(replica.Channel);

    private static async Task<TravelCorridor.Clearance.V1.Clearance> ClearAsync(NodeProcess replica, int traveller)
    {
        var application = Testing.Travellers.BusinessTrip();
        application.Traveller.Document.Number = $"R{traveller:D8}";
        TravelCorridor.Clearance.V1.Clearance? clearance = null;
        // Each replica decides once its own membership follower has the open corridor.
        await Eventually.Until(async () =>
        {
            clearance = (await Client(replica).ClearTravellerAsync(new ClearTravellerRequest { Application = application },
                replica.As(CorridorRoles.BorderOfficer, "SG"))).Clearance;
            return clearance.Decision.Outcome == DecisionOutcome.Cleared;
        }, Deadline);
        return clearance!;
    }

    private async Task TrustPassesKeyAsync(NodeProcess membership)
    {
        using var key = SigningKeyFile.LoadOrCreate(Path.Combine(shared, "clearance-passes-key.jwk"), "sg-passes");
        await membership.Membership.AddTrustedKeyAsync(TrustedKeyRequests.For("SG", key, KeyUse.Passes), membership.As(CorridorRoles.MemberAdmin, "SG"));
    }

    /// <summary>A plain AMQP subscriber: a queue of its own bound to one event's exchange, counting what arrives.</summary>
    private sealed class EventTap : IAsyncDisposable
    {
        private readonly IConnection connection;
        private readonly IChannel channel;
        private readonly ConcurrentBag<string> clearanceIds = [];

        private EventTap(IConnection connection, IChannel channel)
        {
            this.connection = connection;
            this.channel = channel;
        }

        public int Count => clearanceIds.Count;

        public IEnumerable<string> ClearanceIds => clearanceIds;

        public static async Task<EventTap> StartAsync(RabbitMqBroker broker, string exchange)
        {
            var connection = await new ConnectionFactory { Uri = broker.AmqpUri }.CreateConnectionAsync();
            var channel = await connection.CreateChannelAsync();
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
            await channel.QueueBindAsync(queue, exchange, "");
            var tap = new EventTap(connection, channel);
            var consumer = new RabbitMQ.Client.Events.AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                var envelope = JsonNode.Parse(delivery.Body.Span)!;
                tap.clearanceIds.Add((string)envelope["message"]!["clearanceId"]!);
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue, autoAck: true, consumer);
            return tap;
        }

        public async ValueTask DisposeAsync()
        {
            await channel.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}

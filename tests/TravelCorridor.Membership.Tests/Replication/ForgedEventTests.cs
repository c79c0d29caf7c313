using System.Text;
using System.Text.Json;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using TravelCorridor.Contracts.Eligibility;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.Tests.Api;
using TravelCorridor.Membership.V1;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Signing;
using TravelCorridor.Testing;
using TravelCorridor.Contracts;
using TravelCorridor.Signing.Corridor;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>
/// Events published straight to the broker with a plain AMQP client, as anyone with access to it could: only
/// an event signed by its origin's node key (the trust anchor in the corridor file) and about what that origin
/// owns is applied. Everything else is refused on every node, counted by reason, and changes nothing.
/// </summary>
public sealed class ForgedEventTests(RabbitMqBroker broker) : IClassFixture<RabbitMqBroker>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task A_trusted_key_and_a_rule_set_forged_at_the_broker_are_refused_on_every_node_and_counted()
    {
        // Three members' nodes as separate processes on one broker, as the attack was first run.
        await using var sg = await ProcessAsync("SG");
        await using var vn = await ProcessAsync("VN");
        await using var th = await ProcessAsync("TH");
        using var attacker = EcSigningKey.Create("sg-rules-attacker");
        var unsigned = KeyAdded("SG", "SG", attacker);
        // The forger knows SG's node key id, but not its private key.
        using var impostor = EcSigningKey.Create(TestCorridor.NodeKey("SG").KeyId);
        var badlySigned = KeyAdded("SG", "SG", attacker);
        var rules = new RuleSetPublished(Guid.NewGuid(), "SG", 9, Now, "SG", 9, Now, attacker.KeyId,
            CompactJws.Sign(attacker, Encoding.UTF8.GetBytes("""{"member":"SG","version":9,"rules":[]}"""), "travelcorridor-rule-set+jws"));

        await broker.PublishAsync(unsigned, unsigned.EventId);
        await broker.PublishAsync(badlySigned, badlySigned.EventId, EventSigner.Sign(impostor, badlySigned));
        await broker.PublishAsync(rules, rules.EventId, EventSigner.Sign(impostor, rules));

        foreach (var node in new[] { sg, vn, th })
        {
            await Eventually.Until(async () =>
            {
                var scrape = await node.ScrapeMetricsAsync();
                return Refused(scrape, nameof(TrustedKeyAdded), EventRefusal.Unsigned) >= 1
                    && Refused(scrape, nameof(TrustedKeyAdded), EventRefusal.BadSignature) >= 1
                    && Refused(scrape, nameof(RuleSetPublished), EventRefusal.BadSignature) >= 1;
            }, Deadline);
            var keys = await node.Membership.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "SG", IncludeRevoked = true, PageSize = 200 });
            Assert.DoesNotContain(keys.TrustedKeys, k => k.KeyId == attacker.KeyId);
            Assert.True(await LatestSgVersionAsync(node.Channel) < 9);
        }
    }

    [Fact]
    public async Task A_forged_event_is_refused_before_the_inbox_so_the_genuine_event_with_its_id_still_applies()
    {
        await using var sg = await BrokerNodes.StartAsync(broker, "SG");
        await using var vn = await BrokerNodes.StartAsync(broker, "VN");
        using var attacker = EcSigningKey.Create("sg-rules-shadow");
        var forged = KeyAdded("SG", "SG", attacker);
        await broker.PublishAsync(forged, forged.EventId);
        await Eventually.Until(async () => Refused(await vn.MetricsAsync(), nameof(TrustedKeyAdded), EventRefusal.Unsigned) >= 1, Deadline);
        Assert.False(await vn.QueryAsync(db => db.Inbox.AnyAsync(r => r.EventId == forged.EventId)));

        // SG's genuine key, announced with the id the forger used first: VN must still apply it.
        using var genuine = EcSigningKey.Create("sg-rules-genuine");
        var real = KeyAdded("SG", "SG", genuine) with { EventId = forged.EventId, Sequence = 1 };
        await broker.PublishAsync(real, real.EventId, TestCorridor.Sign(real));

        await Eventually.Until(async () => (await KeysAsync(vn, "SG")).Any(k => k.KeyId == genuine.KeyId), Deadline);
    }

    [Fact]
    public async Task Events_signed_with_another_members_key_or_about_what_their_origin_does_not_own_are_refused()
    {
        await using var th = await BrokerNodes.StartAsync(broker, "TH");
        using var key = EcSigningKey.Create("sg-rules-borrowed");
        var borrowedKey = KeyAdded("SG", "SG", key);
        var notOwned = KeyAdded(origin: "VN", member: "SG", key);
        var rulesOfAnother = new RuleSetPublished(Guid.NewGuid(), "VN", 3, Now, "SG", 3, Now, key.KeyId, "x.y.z");

        await broker.PublishAsync(borrowedKey, borrowedKey.EventId, TestCorridor.Sign(borrowedKey, signer: "VN"));
        await broker.PublishAsync(notOwned, notOwned.EventId, TestCorridor.Sign(notOwned));
        await broker.PublishAsync(rulesOfAnother, rulesOfAnother.EventId, TestCorridor.Sign(rulesOfAnother));

        await Eventually.Until(async () =>
        {
            var scrape = await th.MetricsAsync();
            return Refused(scrape, nameof(TrustedKeyAdded), EventRefusal.KeyOfAnotherMember) >= 1
                && Refused(scrape, nameof(TrustedKeyAdded), EventRefusal.NotAuthoritative) >= 1
                && Refused(scrape, nameof(RuleSetPublished), EventRefusal.NotAuthoritative) >= 1;
        }, Deadline);
        Assert.DoesNotContain(await KeysAsync(th, "SG"), k => k.KeyId == key.KeyId);
    }

    [Fact]
    public async Task A_genuine_event_replayed_after_a_later_change_changes_nothing()
    {
        await using var sg = await BrokerNodes.StartAsync(broker, "SG");
        await using var vn = await BrokerNodes.StartAsync(broker, "VN");
        var admin = sg.As(CorridorRoles.MemberAdmin, "SG");
        await sg.Membership.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", "sg-replayed"), admin);
        await sg.Membership.RevokeTrustedKeyAsync(new RevokeTrustedKeyRequest { Member = "SG", KeyId = "sg-replayed", Reason = "rotated" }, admin);
        await Eventually.Until(async () => (await KeysAsync(vn, "SG")).Any(k => k.KeyId == "sg-replayed" && k.Revoked), Deadline);
        var row = await sg.QueryAsync(db => db.Outbox.SingleAsync(m => m.MessageType.EndsWith(nameof(TrustedKeyAdded)) && m.Body.Contains("sg-replayed")));
        var genuine = JsonSerializer.Deserialize<TrustedKeyAdded>(row.Body, EventJson.Options)!;

        await broker.PublishAsync(genuine, genuine.EventId, TestCorridor.Sign(genuine));
        // A later change of the same type queues behind the replay: once it is applied, the replay was handled.
        await sg.Membership.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("SG", "sg-after-replay"), admin);
        await Eventually.Until(async () => (await KeysAsync(vn, "SG")).Any(k => k.KeyId == "sg-after-replay"), Deadline);

        Assert.True((await KeysAsync(vn, "SG")).Single(k => k.KeyId == "sg-replayed").Revoked);
    }

    private static TrustedKeyAdded KeyAdded(string origin, string member, EcSigningKey key) =>
        new(Guid.NewGuid(), origin, 50, Now, member, key.KeyId, "RULES", key.ToPublicJwk(), Now.AddDays(-1), Now.AddYears(1));

    private static double Refused(string scrape, string eventType, string reason) =>
        PrometheusText.Sum(scrape, "travelcorridor_events_refused_total", ("event", eventType), ("reason", reason));

    private static async Task<IReadOnlyList<TrustedKey>> KeysAsync(NodeHost node, string member) =>
        (await node.Membership.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = member, IncludeRevoked = true, PageSize = 200 })).TrustedKeys;

    private async Task<NodeProcess> ProcessAsync(string member) =>
        await NodeProcess.StartAsync(member, "membership,eligibility,clearance", new Dictionary<string, string>
        {
            ["ConnectionStrings:RabbitMq"] = broker.AmqpUri.ToString(),
        });

    private static async Task<long> LatestSgVersionAsync(global::Grpc.Net.Client.GrpcChannel channel)
    {
        try
        {
            var rules = new EligibilityService.EligibilityServiceClient(channel);
            return (await rules.GetRuleSetAsync(new GetRuleSetRequest { Member = "SG", Latest = true })).RuleSet.Version;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return -1;
        }
    }
}

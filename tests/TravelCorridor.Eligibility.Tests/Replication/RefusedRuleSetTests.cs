using System.Buffers.Text;
using System.Diagnostics;
using System.Text;
using Google.Rpc;
using Grpc.Core;
using TravelCorridor.Eligibility.Tests.Support;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Eligibility.Tests.Replication;

/// <summary>
/// VN verifies every rule set it receives against its own trust list; one that fails is refused, counted by
/// reason on /metrics, and VN keeps what it had. The bad sets go straight to the broker's exchange, as anyone
/// with access to the broker could send them: no node checks them on the way.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class RefusedRuleSetTests(RabbitMqBroker broker)
{
    [Fact]
    public async Task A_set_whose_payload_was_altered_after_signing_is_refused_and_VN_keeps_its_version()
    {
        await using var nodes = await TwoNodes.StartAsync(broker);
        var kept = await PublishedAndReceivedAsync(nodes);
        var validFrom = TwoNodes.MinutesFromNow(2);
        var altered = WithStayLimitRaised(nodes.SignedSet(2, validFrom, stayDays: 14));

        var forged = TwoNodes.Announcement(altered, 2, validFrom, nodes.Singapore.KeyId);

        await nodes.DeliverAsync(forged);

        await nodes.RefusedOnVnAsync(forged, "BadSignature");
        Assert.Equal(kept, await nodes.LatestOnVnAsync());
        Assert.Equal(new long[] { 1 }, await nodes.VersionsOnVnAsync());
    }

    [Fact]
    public async Task A_set_signed_with_a_key_of_another_member_is_refused()
    {
        await using var nodes = await TwoNodes.StartAsync(broker);
        var vietnam = new RuleSetAuthor("VN", $"vn-rules-{Guid.NewGuid():N}"[..17]);
        await nodes.TrustAsync(vietnam, nodes.Vn);
        var validFrom = TwoNodes.MinutesFromNow(1);

        var forged = TwoNodes.Announcement(nodes.SignedSet(1, validFrom, vietnam), 1, validFrom, vietnam.KeyId);

        await nodes.DeliverAsync(forged);

        await nodes.RefusedOnVnAsync(forged, "KeyOfAnotherMember");
        Assert.Null(await nodes.LatestOnVnAsync());
    }

    [Fact]
    public async Task A_set_signed_with_a_key_in_no_trust_list_is_refused_once_the_grace_for_unknown_keys_has_passed()
    {
        var grace = TimeSpan.FromSeconds(1);
        await using var nodes = await TwoNodes.StartAsync(broker, grace);
        var stranger = new RuleSetAuthor("SG", $"sg-unlisted-{Guid.NewGuid():N}"[..20]);
        var validFrom = TwoNodes.MinutesFromNow(1);
        var forged = TwoNodes.Announcement(nodes.SignedSet(1, validFrom, stranger), 1, validFrom, stranger.KeyId);
        var sent = Stopwatch.StartNew();

        await nodes.DeliverAsync(forged);

        await nodes.RefusedOnVnAsync(forged, "UnknownKey");
        Assert.True(sent.Elapsed >= grace, $"refused after {sent.Elapsed}, before the grace of {grace} had passed");
        Assert.Null(await nodes.LatestOnVnAsync());
    }

    [Fact]
    public async Task A_set_waiting_for_its_key_does_not_hold_back_a_set_whose_key_VN_knows_and_lands_once_its_key_arrives()
    {
        // Longer than the deadline below: one set at a time would leave version 2 behind version 1 until the grace ended.
        var grace = TwoNodes.Deadline * 2;
        await using var nodes = await TwoNodes.StartAsync(broker, grace);
        var (stranger, validFrom) = await DeliverSetWaitingForItsKeyAsync(nodes);
        var sent = Stopwatch.StartNew();

        await nodes.DeliverAsync(TwoNodes.Announcement(nodes.SignedSet(2, validFrom), 2, validFrom, nodes.Singapore.KeyId));

        await Eventually.Until(async () => (await nodes.VersionsOnVnAsync()).Contains(2), TwoNodes.Deadline);
        Assert.True(sent.Elapsed < grace, $"version 2 landed after {sent.Elapsed}");
        Assert.DoesNotContain(1L, await nodes.VersionsOnVnAsync());

        await nodes.TrustAsync(stranger, nodes.Sg);

        await Eventually.Until(async () => (await nodes.VersionsOnVnAsync()).Contains(1), TwoNodes.Deadline);
    }

    [Fact]
    public async Task Stopping_VN_while_a_set_waits_for_its_key_ends_the_wait_and_the_set_is_checked_again_after_the_restart()
    {
        await using var nodes = await TwoNodes.StartAsync(broker, TwoNodes.Deadline * 2);
        var (stranger, _) = await DeliverSetWaitingForItsKeyAsync(nodes);
        var stopping = Stopwatch.StartNew();

        await nodes.Vn.StopAsync();

        // The node's shutdown allows 30 s; a wait that held on would use all of it.
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(15), $"VN took {stopping.Elapsed} to stop");
        await stranger.RegisterAsync(nodes.Sg);
        await nodes.StartVnAgainAsync();
        await Eventually.Until(async () => (await nodes.VersionsOnVnAsync()).Contains(1), TwoNodes.Deadline);
    }

    [Fact]
    public async Task Once_SGs_key_is_revoked_neither_node_takes_a_new_set_signed_with_it_and_VN_keeps_the_earlier_one()
    {
        await using var nodes = await TwoNodes.StartAsync(broker);
        var kept = await PublishedAndReceivedAsync(nodes);
        var keyId = nodes.Singapore.KeyId;
        await nodes.RevokeSingaporesKeyAsync();
        var validFrom = TwoNodes.MinutesFromNow(2);
        var later = nodes.SignedSet(2, validFrom);

        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => nodes.PublishOnSgAsync(later), "INVALID_REQUEST");
        var violation = Assert.Single(status!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("signed_rule_set", violation.Field);
        Assert.Contains("signature refused (Revoked)", violation.Description);

        var signedWithRevokedKey = TwoNodes.Announcement(later, 2, validFrom, keyId);
        await nodes.DeliverAsync(signedWithRevokedKey);

        await nodes.RefusedOnVnAsync(signedWithRevokedKey, "Revoked");
        Assert.Equal(kept, await nodes.LatestOnVnAsync());
    }

    [Fact]
    public async Task A_set_VN_took_that_arrives_again_after_its_key_was_revoked_is_a_duplicate_and_is_not_checked_again()
    {
        await using var nodes = await TwoNodes.StartAsync(broker);
        var announced = await nodes.DeliveredToVnAsync();
        await nodes.RevokeSingaporesKeyAsync();

        await nodes.DeliverAsync(announced); // a redelivery: the inbox answers before the signature is checked again

        await Eventually.Until(() => nodes.VnLogs.Lines.Any(l => l.Contains($"RuleSetPublished {announced.EventId} was handled before", StringComparison.Ordinal)),
            TwoNodes.Deadline);
        Assert.DoesNotContain(nodes.VnLogs.Lines, l => l.Contains($"(event {announced.EventId}): Revoked", StringComparison.Ordinal));
        Assert.Equal(new long[] { 1 }, await nodes.VersionsOnVnAsync());
    }

    /// <summary>SG publishes version 1 the ordinary way; returns it once VN holds it.</summary>
    private static async Task<RuleSet> PublishedAndReceivedAsync(TwoNodes nodes)
    {
        await nodes.PublishOnSgAsync(nodes.SignedSet(1, TwoNodes.MinutesFromNow(1)));
        await Eventually.Until(async () => await nodes.LatestOnVnAsync() is not null, TwoNodes.Deadline);
        return (await nodes.LatestOnVnAsync())!;
    }

    /// <summary>
    /// The same header and signature over the document with one byte changed, the stay limit's first digit
    /// (14 days become 94), re-encoded: what a forger who cannot sign would send.
    /// </summary>
    private static string WithStayLimitRaised(string signed)
    {
        var parts = signed.Split('.');
        var document = Base64Url.DecodeFromChars(parts[1]);
        var limit = Encoding.UTF8.GetString(document).IndexOf("stayDays", StringComparison.Ordinal);
        var digit = Array.FindIndex(document, limit, b => b is >= (byte)'0' and <= (byte)'9');
        document[digit] = (byte)'9';
        return $"{parts[0]}.{Base64Url.EncodeToString(document)}.{parts[2]}";
    }

    /// <summary>SG's version 1 signed with a key VN does not know yet, delivered; returns once VN says it waits for the key.</summary>
    private static async Task<(RuleSetAuthor Stranger, DateTimeOffset ValidFrom)> DeliverSetWaitingForItsKeyAsync(TwoNodes nodes)
    {
        var stranger = new RuleSetAuthor("SG", $"sg-later-{Guid.NewGuid():N}"[..20]);
        var validFrom = TwoNodes.MinutesFromNow(1);
        var waiting = TwoNodes.Announcement(nodes.SignedSet(1, validFrom, stranger), 1, validFrom, stranger.KeyId);
        await nodes.DeliverAsync(waiting);
        await Eventually.Until(() => Task.FromResult(nodes.VnLogs.Lines.Any(l =>
            l.Contains($"(event {waiting.EventId}) names key {stranger.KeyId}", StringComparison.Ordinal))), TwoNodes.Deadline);
        return (stranger, validFrom);
    }
}

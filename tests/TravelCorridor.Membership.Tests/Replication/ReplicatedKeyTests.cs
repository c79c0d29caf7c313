using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Membership.Tests.Api;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>
/// Keys that arrive from other nodes pass the same JWK checks as keys added through the API. The events
/// are published on the node's own bus as a buggy peer (or one whose node key was stolen) would send them:
/// signed by MY's node key, origin MY.
/// </summary>
public sealed class ReplicatedKeyTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset NotBefore = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly LogCapture logs = new();
    private NodeHost node = null!;

    public async Task InitializeAsync() =>
        node = await NodeHost.StartAsync("SG", addMore: builder => builder.Logging.AddProvider(logs));

    public async Task DisposeAsync() => await node.DisposeAsync();

    [Fact]
    public async Task A_peer_key_with_an_oversized_JWK_is_refused_logged_counted_and_not_stored()
    {
        var oversized = TrustedKeyRequests.NewPublicJwk()[..^1] + $",\"pad\":\"{new string('A', 2_500_000)}\"}}";

        await PublishAsync(Added("my-oversized", oversized));

        await Eventually.Until(() => Task.FromResult(logs.Warnings.Any(w =>
            w.Contains(": Refused TrustedKeyAdded", StringComparison.Ordinal) && w.Contains("key MY/my-oversized is 25"))), Deadline);
        Assert.DoesNotContain(await ListedAsync(), k => k.KeyId == "my-oversized");
        Assert.True(RefusedCount(await node.MetricsAsync(), "ApplyTrustedKeyAddedConsumer") >= 1);
    }

    [Fact]
    public async Task A_peer_key_that_is_sound_but_spelled_otherwise_is_stored_in_normalised_form()
    {
        var jwk = TrustedKeyRequests.NewPublicJwk();
        var spelled = jwk[..^1] + ",\"kid\":\"my-spelled\",\"use\":\"sig\"}";

        await PublishAsync(Added("my-spelled", spelled));

        await Eventually.Until(async () => (await ListedAsync()).Any(k => k.KeyId == "my-spelled"), Deadline);
        var stored = (await ListedAsync()).Single(k => k.KeyId == "my-spelled").PublicKeyJwk;
        Assert.StartsWith("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":", stored);
        Assert.Equal(Signing.PublicJwk.Normalize(jwk), stored);
    }

    [Fact]
    public async Task A_peer_revocation_whose_JWK_has_an_extra_member_is_refused_and_the_key_stays_as_it_was()
    {
        var jwk = TrustedKeyRequests.NewPublicJwk();
        await PublishAsync(Added("my-kept", jwk));
        await Eventually.Until(async () => (await ListedAsync()).Any(k => k.KeyId == "my-kept"), Deadline);

        await PublishAsync(new TrustedKeyRevoked(Guid.NewGuid(), "MY", 2, NotBefore, "MY", "my-kept", "RULES",
            jwk[..^1] + ",\"x5u\":\"https://example.org/\"}", NotBefore, NotBefore.AddYears(2), "forged", NotBefore));

        await Eventually.Until(() => Task.FromResult(logs.Warnings.Any(w =>
            w.Contains(": Refused TrustedKeyRevoked", StringComparison.Ordinal) && w.Contains("'x5u'"))), Deadline);
        var kept = (await ListedAsync()).Single(k => k.KeyId == "my-kept");
        Assert.False(kept.Revoked);
        Assert.Equal(Signing.PublicJwk.Normalize(jwk), kept.PublicKeyJwk);
    }

    private static TrustedKeyAdded Added(string keyId, string jwk) =>
        new(Guid.NewGuid(), "MY", 1, NotBefore, "MY", keyId, "RULES", jwk, NotBefore, NotBefore.AddYears(2));

    private Task PublishAsync(IIntegrationEvent change) => node.Services.GetRequiredService<IBus>().PublishSignedAsync(change);

    private async Task<IReadOnlyList<TrustedKey>> ListedAsync() =>
        (await node.Membership.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "MY", IncludeRevoked = true })).TrustedKeys;

    /// <summary>travelcorridor_events_consumed_total{consumer=…, outcome="refused"}, or 0 when absent.</summary>
    private static double RefusedCount(string scrape, string consumer) => scrape.Split('\n')
        .Where(l => l.StartsWith("travelcorridor_events_consumed_total{", StringComparison.Ordinal)
            && l.Contains($"consumer=\"{consumer}\"") && l.Contains("outcome=\"refused\""))
        .Select(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture))
        .DefaultIfEmpty(0).Sum();
}

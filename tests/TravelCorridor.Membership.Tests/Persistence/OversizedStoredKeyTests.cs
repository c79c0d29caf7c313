using TravelCorridor.Membership.Tests.Api;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;
using Stored = TravelCorridor.Membership.Domain;

namespace TravelCorridor.Membership.Tests.Persistence;

/// <summary>
/// Keys stored before JWKs were bounded can be megabytes long. Pages also end before 1 MiB, so two of
/// them (5 MB together, more than a default client accepts in one message) still list, one per page.
/// </summary>
public sealed class OversizedStoredKeyTests
{
    [Fact]
    public async Task Two_stored_keys_of_2_5_MB_list_one_per_page_with_and_without_revoked_keys()
    {
        var node = await NodeHost.StartAsync("SG");
        await node.QueryAsync(async db =>
        {
            db.TrustedKeys.Add(Oversized("vn-big-1", revoked: false));
            db.TrustedKeys.Add(Oversized("vn-big-2", revoked: true));
            return await db.SaveChangesAsync();
        });
        await using var restarted = await node.RestartAsync();

        var first = await restarted.Membership.ListTrustedKeysAsync(new ListTrustedKeysRequest { IncludeRevoked = true });
        var second = await restarted.Membership.ListTrustedKeysAsync(new ListTrustedKeysRequest { IncludeRevoked = true, PageToken = first.NextPageToken });
        var active = await restarted.Membership.ListTrustedKeysAsync(new ListTrustedKeysRequest());

        Assert.Equal("vn-big-1", Assert.Single(first.TrustedKeys).KeyId);
        Assert.Equal("vn-big-2", Assert.Single(second.TrustedKeys).KeyId);
        Assert.Empty(second.NextPageToken);
        Assert.Equal("vn-big-1", Assert.Single(active.TrustedKeys).KeyId);
    }

    private static Stored.TrustedKey Oversized(string keyId, bool revoked) => new()
    {
        Member = "VN",
        KeyId = keyId,
        Use = Stored.KeyUse.Rules,
        PublicKeyJwk = TrustedKeyRequests.NewPublicJwk()[..^1] + $",\"pad\":\"{new string('A', 2_500_000)}\"}}",
        NotBefore = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        NotAfter = new DateTimeOffset(2028, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Revoked = revoked,
        RevocationReason = revoked ? "rotated" : "",
        Version = 1,
    };
}

using TravelCorridor.Type.V1;
using System.Net;
using System.Security.Cryptography;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.IdentityModel.Tokens;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.MembershipSnapshot.Tests.Node;

/// <summary>A node reads its own membership over gRPC, the same way a separate process would; tests use distinct members.</summary>
public sealed class NodeSnapshotTests(SnapshotNodeFixture fixture) : IClassFixture<SnapshotNodeFixture>
{
    private MembershipService.MembershipServiceClient Client => fixture.Node.Membership;

    [Fact]
    public async Task A_nodes_snapshot_holds_the_eleven_founding_members()
    {
        await fixture.SnapshotShows(v => v.IsLoaded);

        var view = fixture.Snapshot.Current;
        Assert.Equal(["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"], view.MemberStates.Keys.Order());
        Assert.Equal("Timor-Leste", view.FindMember("TL")!.Name);
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 0, 0, 0, TimeSpan.Zero), view.FindMember("TL")!.AdmittedAt);
        Assert.True(fixture.Snapshot.IsConnected);
    }

    [Fact]
    public async Task Suspending_a_member_reaches_the_snapshot_with_its_reason()
    {
        await Client.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "KH", Reason = "audit" }, fixture.Node.As(CorridorRoles.CorridorAdmin));

        await fixture.SnapshotShows(v => v.FindMember("KH") is { IsActive: false, Version: 2 });
        Assert.Equal("audit", fixture.Snapshot.FindMember("KH")!.StatusReason);
    }

    [Fact]
    public async Task A_proposed_corridor_reaches_the_snapshot_and_is_usable_once_opened()
    {
        await Client.ProposeCorridorAsync(new ProposeCorridorRequest
        {
            ProposingMember = "TH", PartnerMember = "ID", Purposes = { TravelPurpose.Official }, MaxStayDays = 14,
        }, fixture.Node.As(CorridorRoles.MemberAdmin, "TH"));
        await fixture.SnapshotShows(v => v.FindCorridor("TH-ID")?.Status == CorridorStatus.Proposed);
        Assert.False(fixture.Snapshot.Current.IsUsable(fixture.Snapshot.FindCorridor("ID-TH")!));

        await Client.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = "ID-TH", AcceptingMember = "ID" },
            fixture.Node.As(CorridorRoles.MemberAdmin, "ID"));

        await fixture.SnapshotShows(v => v.FindCorridor("ID-TH") is { Status: CorridorStatus.Open } c && v.IsUsable(c));
        Assert.Equal([TravelPurpose.Official], fixture.Snapshot.FindCorridor("ID-TH")!.Purposes.AsEnumerable());
    }

    [Fact]
    public async Task An_added_key_reaches_the_snapshot_as_a_verifier_needs_it_and_so_does_its_revocation()
    {
        var admin = fixture.Node.As(CorridorRoles.MemberAdmin, "MY");
        var jwk = NewPublicJwk();
        var notBefore = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var added = await Client.AddTrustedKeyAsync(new AddTrustedKeyRequest
        {
            Member = "MY", KeyId = "my-passes-2026", Use = KeyUse.Passes, PublicKeyJwk = jwk,
            NotBefore = Timestamp.FromDateTimeOffset(notBefore), NotAfter = Timestamp.FromDateTimeOffset(notBefore.AddYears(1)),
        }, admin);

        await fixture.SnapshotShows(v => v.FindKey("MY", "my-passes-2026") is not null);
        var key = fixture.Snapshot.FindKey("MY", "my-passes-2026")!;
        // As membership stores it: normalised, which need not be the spelling that was sent.
        Assert.Equal(added.TrustedKey.PublicKeyJwk, key.PublicKeyJwk);
        Assert.Equal((notBefore, notBefore.AddYears(1)), (key.NotBefore, key.NotAfter));
        Assert.True(key.IsTrustedFor(KeyUse.Passes, notBefore.AddMonths(6)));

        await Client.RevokeTrustedKeyAsync(new RevokeTrustedKeyRequest { Member = "MY", KeyId = "my-passes-2026", Reason = "leaked" }, admin);

        await fixture.SnapshotShows(v => v.FindKey("MY", "my-passes-2026")!.Revoked);
        Assert.Equal("leaked", fixture.Snapshot.FindKey("MY", "my-passes-2026")!.RevocationReason);
    }

    [Fact]
    public async Task The_snapshot_is_healthy_and_its_gauges_are_on_the_metrics_page()
    {
        await fixture.SnapshotShows(v => v.IsLoaded);
        var health = await fixture.Node.Services.GetRequiredService<HealthCheckService>()
            .CheckHealthAsync(r => r.Name == "membership-snapshot");
        Assert.Equal(HealthStatus.Healthy, health.Status);

        using var http = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        var metrics = await http.GetStringAsync(new Uri(fixture.Node.Address, "/metrics"));
        // Names only: OpenTelemetry listens to meters by name across the whole process, so with several
        // nodes in one test process the values could be another node's. SeparateProcessTests read values.
        Assert.NotNull(PrometheusText.Value(metrics, "travelcorridor_membership_snapshot_sequence"));
        Assert.NotNull(PrometheusText.Value(metrics, "travelcorridor_membership_snapshot_age_seconds"));
        Assert.NotNull(PrometheusText.Value(metrics, "travelcorridor_membership_snapshot_active_members"));
        Assert.NotNull(PrometheusText.Value(metrics, "travelcorridor_membership_snapshot_connected"));
    }

    private static string NewPublicJwk()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var q = key.ExportParameters(includePrivateParameters: false).Q;
        return $"{{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"{Base64UrlEncoder.Encode(q.X)}\",\"y\":\"{Base64UrlEncoder.Encode(q.Y)}\"}}";
    }
}

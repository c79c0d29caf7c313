using System.Text;
using Microsoft.Extensions.Options;
using TravelCorridor.Clearance;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Clearance.Grpc;
using TravelCorridor.Contracts.Clearance;
using TravelCorridor.Decisions.Tests.Support;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Membership.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Samples;
using TravelCorridor.Signing;
using Proto = TravelCorridor.Type.V1;

namespace TravelCorridor.ClearanceDesk.Tests;

/// <summary>
/// ClearTraveller's decision made at the desk alone: who may ask, for which trips, what a pass says and signs,
/// and what is recorded before the answer, with every dependency in memory.
/// </summary>
public sealed class ClearanceDeskTests : IDisposable
{
    /// <summary>An hour before the sample trip departs: within the lead time, after every piece of evidence.</summary>
    private static readonly DateTimeOffset Now = SampleApplication.Departure.AddHours(-1);

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "desk-" + Guid.NewGuid().ToString("N"));
    private readonly Recorded recorded = new();
    private readonly DecisionCore core = new(seedBaseline: false);
    private readonly NodeClearanceKeys keys;

    public ClearanceDeskTests()
    {
        keys = new NodeClearanceKeys(Options.Create(Node("SG")), Options.Create(new ClearanceOptions()));
        core.Catalog.Add([core.SgRuleSet(1, SampleApplication.Departure.AddDays(-30), maxStayDays: 10)]);
    }

    [Fact]
    public async Task A_cleared_traveller_gets_a_pass_signed_by_this_node_and_bound_to_the_presented_document()
    {
        var application = SampleApplication.Full();

        var (record, answer) = await Desk("SG").ClearAsync(application, "en", "application", new Officer("SG", "officer-1"), CancellationToken.None);

        Assert.Equal(Proto.DecisionOutcome.Cleared, answer.Outcome);
        Assert.True(CompactJws.TryParse(record.Pass!, out var jws, out _));
        var verified = await new JwsVerifier(new SnapshotTrustedKeys(
                new InMemoryMembership().Trust("SG", keys.PassesKey.KeyId, KeyUse.Passes, keys.PassesKey.ToPublicJwk())), 4096)
            .VerifyAsync(record.Pass!, "SG", TrustedKeyUse.Passes, Now, CancellationToken.None);
        Assert.True(verified.IsValid, verified.Message);
        Assert.True(PassClaims.TryRead(jws.Payload.Span, out var claims, out var problem), problem);
        var document = application.Traveller.Document;
        Assert.True(PassHolder.Matches(claims, document.IssuingState, document.Number, application.Traveller.DateOfBirth));
        Assert.False(PassHolder.Matches(claims, document.IssuingState, "B99999999", null));
        Assert.Equal(SampleApplication.Arrival + TimeSpan.FromHours(24), record.PassValidUntil);
        Assert.Equal(("SG", "MY", "SG", 1L), (claims.Issuer, claims.Origin, claims.Destination, claims.RuleSetVersion));
    }

    [Fact]
    public async Task The_decision_and_its_event_are_recorded_once_before_the_answer_and_the_event_carries_no_document_number()
    {
        var application = SampleApplication.Full();

        var (record, _) = await Desk("SG").ClearAsync(application, "en", "application", new Officer("SG", "officer-1"), CancellationToken.None);

        var (kept, decided) = Assert.Single(recorded.Decisions);
        Assert.Same(record, kept);
        var cleared = Assert.IsType<TravellerCleared>(decided);
        Assert.Equal((record.ClearanceId, "SG", "SG/officer-1"), (cleared.ClearanceId, cleared.Origin, record.DecidedBy));
        Assert.DoesNotContain(application.Traveller.Document.Number, System.Text.Json.JsonSerializer.Serialize(decided, decided.GetType()));
        Assert.Equal(record.ClearanceId, record.ToProto().ClearanceId);
    }

    [Fact]
    public async Task A_denied_traveller_gets_no_pass_and_the_event_names_the_reason_as_a_code()
    {
        core.Membership.Suspend("MY");

        var (record, answer) = await Desk("SG").ClearAsync(SampleApplication.Full(), "en", "application", new Officer("SG", "officer-1"), CancellationToken.None);

        Assert.Equal(Proto.DecisionOutcome.Denied, answer.Outcome);
        Assert.Null(record.Pass);
        var denied = Assert.IsType<TravellerDenied>(Assert.Single(recorded.Decisions).Decided);
        Assert.Contains("MEMBER_SUSPENDED", denied.Reasons);
    }

    [Fact]
    public async Task An_officer_of_another_member_is_refused_and_nothing_is_recorded()
    {
        var refused = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            Desk("SG").ClearAsync(SampleApplication.Full(), "en", "application", new Officer("MY", "officer-9"), CancellationToken.None));

        Assert.Equal("OFFICER_OF_ANOTHER_MEMBER", refused.Reason);
        Assert.Empty(recorded.Decisions);
    }

    [Fact]
    public async Task A_node_clears_only_trips_from_or_to_its_own_member()
    {
        var refused = await Assert.ThrowsAsync<PermissionDeniedException>(() =>
            Desk("TH").ClearAsync(SampleApplication.Full(), "en", "application", new Officer("TH", "officer-2"), CancellationToken.None));

        Assert.Equal("NOT_YOUR_TRIP", refused.Reason);
        Assert.Empty(recorded.Decisions);
    }

    [Fact]
    public async Task A_trip_arriving_beyond_the_lead_time_is_refused_with_the_window()
    {
        var desk = Desk("SG", now: SampleApplication.Arrival - TimeSpan.FromHours(73));
        var application = SampleApplication.Full();
        // Tests sampled before departure would be dated after this earlier "now", which is refused on its own.
        application.Health.Tests.Clear();

        var refused = await Assert.ThrowsAsync<FailedPreconditionException>(() =>
            desk.ClearAsync(application, "en", "application", new Officer("SG", "officer-1"), CancellationToken.None));

        Assert.Equal("ARRIVAL_TOO_FAR_AHEAD", refused.Reason);
        Assert.Equal(TimeSpan.FromHours(72).ToString(), refused.Metadata["max_lead_time"]);
    }

    [Fact]
    public async Task An_invalid_application_is_refused_field_by_field_before_anything_is_decided()
    {
        var application = SampleApplication.Full();
        application.Traveller.Document.Number = "";
        application.Trip.Destination = "ZZ";

        var refused = await Assert.ThrowsAsync<InvalidArgumentException>(() =>
            Desk("SG").ClearAsync(application, "en", "application", new Officer("SG", "officer-1"), CancellationToken.None));

        Assert.Contains(refused.Violations, v => v.Field == "application.traveller.document.number");
        Assert.Contains(refused.Violations, v => v.Field == "application.trip.destination");
        Assert.Empty(recorded.Decisions);
    }

    public void Dispose()
    {
        keys.Dispose();
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private Clearance.Application.ClearanceDesk Desk(string member, DateTimeOffset? now = null) =>
        new(core.Decider, core.Membership, keys, recorded, Options.Create(new Clearance.ClearanceOptions()), Options.Create(Node(member)),
            new FixedTime(now ?? Now));

    private NodeOptions Node(string member) => new() { Member = member, DataDirectory = dataDirectory };

    private sealed class Recorded : IClearanceRecorder
    {
        public List<(ClearanceRecord Record, IIntegrationEvent Decided)> Decisions { get; } = [];

        public Task AppendAsync(ClearanceRecord record, IIntegrationEvent decided, CancellationToken cancellationToken)
        {
            Decisions.Add((record, decided));
            return Task.CompletedTask;
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.Mapping;
using TravelCorridor.Decisions.Tests.Support;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Samples;
using Proto = TravelCorridor.Type.V1;

namespace TravelCorridor.Decisions.Tests.Judging;

/// <summary>
/// The decider on its own, over membership and rule sets held in memory: the part of EvaluateEligibility and
/// ClearTraveller that decides, without Kestrel, a broker or a database.
/// </summary>
public sealed class DeciderTests
{
    private static readonly DateTimeOffset LongAgo = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_traveller_on_an_open_corridor_is_judged_by_the_destinations_rule_set_in_force_at_arrival()
    {
        var core = new DecisionCore();
        // v2 is published but applies only after the arrival: the traveller is judged by v1.
        core.Catalog.Add([core.SgRuleSet(2, SampleApplication.Arrival.AddDays(1), maxStayDays: 3), core.SgRuleSet(1, LongAgo, maxStayDays: 10)]);

        var decision = core.Decider.Decide(SampleApplication.Full(), at: null, "en");

        Assert.Equal(DecisionOutcome.Cleared, decision.Outcome);
        Assert.Equal(("SG", 1L), (decision.RuleSetMember, decision.RuleSetVersion));
        Assert.Equal(SampleApplication.Arrival, decision.EvaluatedAt);
        Assert.Single(decision.RuleResults);
    }

    [Fact]
    public void Judged_after_the_next_version_applies_the_same_traveller_is_denied_by_it()
    {
        var core = new DecisionCore();
        var from = SampleApplication.Arrival.AddDays(1);
        core.Catalog.Add([core.SgRuleSet(1, LongAgo, maxStayDays: 10), core.SgRuleSet(2, from, maxStayDays: 3)]);

        var decision = core.Decider.Decide(SampleApplication.Full(), at: from, "en");

        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
        Assert.Equal(2, decision.RuleSetVersion);
    }

    [Fact]
    public void A_suspended_destination_is_denied_with_the_reason_before_any_rule_is_read()
    {
        var core = new DecisionCore(membership: new InMemoryMembership().Suspend("SG"));
        core.Catalog.Add([core.SgRuleSet(1, LongAgo, maxStayDays: 10)]);

        var decision = core.Decider.Decide(SampleApplication.Full(), at: null, "en");

        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
        Assert.Equal(DecisionReason.MemberSuspended, Assert.Single(decision.Reasons).Code);
        Assert.Empty(decision.RuleResults);
        Assert.Equal(EligibilityDecision.NoRuleSet, decision.RuleSetVersion);
    }

    [Fact]
    public void A_trip_with_no_corridor_between_its_members_is_denied()
    {
        var application = SampleApplication.Full();
        application.Trip.Origin = "TH";

        var decision = new DecisionCore().Decider.Decide(application, at: null, "en");

        Assert.Equal(DecisionOutcome.Denied, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.Code == DecisionReason.CorridorNotOpen && r.Message.Contains("TH and SG"));
    }

    [Fact]
    public void Without_a_rule_set_in_force_the_traveller_is_referred_to_an_officer()
    {
        var decision = new DecisionCore(seedBaseline: false).Decider.Decide(SampleApplication.Full(), at: null, "en");

        Assert.Equal(DecisionOutcome.Referred, decision.Outcome);
        Assert.Equal(DecisionReason.NoActiveRuleSet, Assert.Single(decision.Reasons).Code);
    }

    [Fact]
    public void A_member_that_published_nothing_is_judged_by_the_baseline_seed_where_the_node_seeds()
    {
        var decision = new DecisionCore(seedBaseline: true).Decider.Decide(SampleApplication.Full(), at: null, "en");

        Assert.Equal(0, decision.RuleSetVersion);
        Assert.NotEmpty(decision.RuleResults);
    }

    [Fact]
    public void Before_membership_first_answered_the_decider_refuses_rather_than_deny_everyone()
    {
        var core = new DecisionCore(membership: InMemoryMembership.NotLoaded());

        var refused = Assert.Throws<UnavailableException>(() => core.Decider.Decide(SampleApplication.Full(), at: null, "en"));

        Assert.Equal("MEMBERSHIP_NOT_LOADED", refused.Reason);
    }

    [Fact]
    public void A_decision_in_its_proto_form_keeps_the_outcome_the_reasons_and_what_it_relied_on()
    {
        var core = new DecisionCore(membership: new InMemoryMembership().Suspend("SG"));
        var decision = core.Decider.Decide(SampleApplication.Full(), at: null, "en");

        var proto = decision.ToProto();

        Assert.Equal(Proto.DecisionOutcome.Denied, proto.Outcome);
        Assert.Equal(DecisionReason.MemberSuspended, Assert.Single(proto.Reasons).Code);
        Assert.Equal(core.Membership.Current.Sequence, proto.MembershipSequence);
        Assert.Equal(SampleApplication.Arrival, proto.EvaluatedAt.ToDateTimeOffset());
    }
}

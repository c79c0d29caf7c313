using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Decisions.Tests.Support;
using TravelCorridor.Membership.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Signing;

namespace TravelCorridor.Decisions.Tests.RuleSets;

/// <summary>
/// A rule set that reaches a node from elsewhere (another node's event, or the eligibility service a clearance
/// process follows) is checked from its plain values against this node's trust list, whatever carried it.
/// </summary>
public sealed class ReceivedRuleSetCheckTests : IDisposable
{
    private static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly DecisionCore core = new();
    private readonly RefusalCounter counted = new();

    [Fact]
    public async Task A_set_signed_by_an_active_rules_key_of_its_member_is_accepted()
    {
        core.TrustSgKey();

        Assert.True(await Check().AcceptAsync(core.SgRuleSet(1, From, 5), "a test", CancellationToken.None));
        Assert.Empty(counted.ByReason);
    }

    [Fact]
    public async Task A_set_signed_by_a_key_unknown_to_the_trust_list_is_refused_once_the_grace_has_passed()
    {
        Assert.False(await Check().AcceptAsync(core.SgRuleSet(1, From, 5), "a test", CancellationToken.None));
        Assert.Equal(1, counted.ByReason[nameof(JwsFailure.UnknownKey)]);
    }

    [Fact]
    public async Task A_set_signed_with_the_members_passes_key_is_refused()
    {
        core.TrustSgKey(KeyUse.Passes);

        Assert.False(await Check().AcceptAsync(core.SgRuleSet(1, From, 5), "a test", CancellationToken.None));
        Assert.Single(counted.ByReason);
    }

    [Fact]
    public async Task A_set_whose_stated_version_differs_from_its_signed_document_is_refused()
    {
        core.TrustSgKey();
        var relabelled = core.SgRuleSet(1, From, 5) with { Version = 9 };

        Assert.False(await Check().AcceptAsync(relabelled, "a test", CancellationToken.None));
        Assert.Equal(1, counted.ByReason["EventDisagreesWithDocument"]);
    }

    [Fact]
    public async Task A_set_for_another_member_signed_with_this_members_key_is_refused()
    {
        core.TrustSgKey();
        var forged = DecisionCore.Published("TH", 1, From, core.SgRulesKey, Testing.RuleSetDocuments.StayAtMost("TH", 1, 5));

        Assert.False(await Check().AcceptAsync(forged, "a test", CancellationToken.None));
        Assert.Single(counted.ByReason);
    }

    [Fact]
    public async Task A_set_without_a_signed_form_is_refused_as_malformed()
    {
        Assert.False(await Check().AcceptAsync(core.SgRuleSet(1, From, 5) with { Signed = "" }, "a test", CancellationToken.None));
        Assert.Equal(1, counted.ByReason["Malformed"]);
    }

    public void Dispose() => counted.Dispose();

    private ReceivedRuleSetCheck Check() => new(new SnapshotTrustedKeys(core.Membership), core.Membership,
        Options.Create(new RuleSetCatalogOptions { UnknownKeyGrace = TimeSpan.Zero }), counted.Metrics(), TimeProvider.System,
        NullLogger<ReceivedRuleSetCheck>.Instance);
}

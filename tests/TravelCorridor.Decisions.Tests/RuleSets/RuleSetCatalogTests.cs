using TravelCorridor.Decisions.Tests.Support;

namespace TravelCorridor.Decisions.Tests.RuleSets;

/// <summary>The catalog without storage: versions added in any order, chosen by validFrom when asked.</summary>
public sealed class RuleSetCatalogTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Versions_added_out_of_order_are_all_held_and_the_one_in_force_is_chosen_at_read_time()
    {
        var core = new DecisionCore();

        core.Catalog.Add([core.SgRuleSet(3, Start.AddDays(20), 5)]);
        core.Catalog.Add([core.SgRuleSet(1, Start, 5), core.SgRuleSet(2, Start.AddDays(10), 5)]);

        Assert.Equal([3L, 2L, 1L], core.Catalog.Versions("SG").Select(v => v.Version));
        Assert.Equal(1, core.Catalog.ActiveAt("SG", Start.AddDays(9))!.Version);
        Assert.Equal(2, core.Catalog.ActiveAt("SG", Start.AddDays(10))!.Version);
        Assert.Equal(3, core.Catalog.ActiveAt("SG", Start.AddDays(30))!.Version);
        Assert.Null(core.Catalog.ActiveAt("SG", Start.AddDays(-1)));
        Assert.Equal(3, core.Catalog.LatestPublishedVersion("SG"));
    }

    [Fact]
    public void A_version_already_held_is_not_replaced_by_a_second_copy()
    {
        var core = new DecisionCore();
        var first = core.SgRuleSet(1, Start, 5);
        core.Catalog.Add([first]);

        core.Catalog.Add([first with { PublishedBy = "XX" }]);

        Assert.Equal("SG", core.Catalog.Find("SG", 1)!.Published!.PublishedBy);
    }

    [Fact]
    public void A_kept_copy_whose_signed_form_no_longer_reads_is_left_out_and_the_others_are_added()
    {
        var core = new DecisionCore();
        var damaged = core.SgRuleSet(1, Start, 5) with { Signed = "not.a.jws" };

        core.Catalog.Add([damaged, core.SgRuleSet(2, Start.AddDays(1), 5)]);

        Assert.Equal([2L], core.Catalog.Versions("SG").Select(v => v.Version));
    }

    [Fact]
    public void The_seed_stands_in_only_for_members_membership_knows_and_only_where_the_node_seeds()
    {
        Assert.Equal(0, new DecisionCore(seedBaseline: true).Catalog.ActiveAt("SG", Start)!.Version);
        Assert.Null(new DecisionCore(seedBaseline: true).Catalog.ActiveAt("ZZ", Start));
        Assert.Null(new DecisionCore(seedBaseline: false).Catalog.ActiveAt("SG", Start));
    }
}

using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Membership.V1;
using TravelCorridor.Signing;
using TravelCorridor.Testing;

namespace TravelCorridor.Decisions.Tests.Support;

/// <summary>The decision core as a node puts it together, over in-memory membership, with an SG rule author.</summary>
internal sealed class DecisionCore
{
    public DecisionCore(bool seedBaseline = false, InMemoryMembership? membership = null)
    {
        Membership = membership ?? new InMemoryMembership();
        Catalog = new RuleSetCatalog(new BaselineRuleSets(), Membership,
            Options.Create(new RuleSetCatalogOptions { SeedBaselineRules = seedBaseline }), NullLogger<RuleSetCatalog>.Instance);
        Decider = new EligibilityDecider(Membership, Catalog);
    }

    public InMemoryMembership Membership { get; }

    public RuleSetCatalog Catalog { get; }

    public EligibilityDecider Decider { get; }

    public EcSigningKey SgRulesKey { get; } = EcSigningKey.Create("sg-rules-1");

    /// <summary>Puts <see cref="SgRulesKey"/> in SG's trust list, for <paramref name="use"/>.</summary>
    public void TrustSgKey(KeyUse use = KeyUse.Rules) => Membership.Trust("SG", SgRulesKey.KeyId, use, SgRulesKey.ToPublicJwk());

    /// <summary>An SG rule set signed with <see cref="SgRulesKey"/>, as its node would store it.</summary>
    public PublishedRuleSet SgRuleSet(long version, DateTimeOffset validFrom, int maxStayDays) =>
        Published("SG", version, validFrom, SgRulesKey, RuleSetDocuments.StayAtMost("SG", 1, maxStayDays));

    public static PublishedRuleSet Published(string member, long version, DateTimeOffset validFrom, EcSigningKey key,
        params System.Text.Json.Nodes.JsonObject[] rules)
    {
        var document = RuleSetDocuments.Document(member, version, validFrom, rules);
        var signed = CompactJws.Sign(key, Encoding.UTF8.GetBytes(document));
        return new PublishedRuleSet(member, version, validFrom, key.KeyId, signed, validFrom.AddDays(-3), member);
    }
}

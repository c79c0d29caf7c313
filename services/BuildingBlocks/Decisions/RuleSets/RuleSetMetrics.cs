using System.Diagnostics.Metrics;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// Rule sets received from other nodes (over the broker, or followed by a clearance process) and refused, as <c>travelcorridor_rule_sets_refused_total</c>
/// with the set's <c>member</c> and the <c>reason</c> (UnknownKey, Revoked, BadSignature, …, or
/// InvalidDocument): a rise means a misconfigured peer, or someone forging rules at the broker.
/// </summary>
public sealed class RuleSetMetrics
{
    /// <summary>Eligibility's meter, as before the decision core was its own block: dashboards keep working.</summary>
    public const string MeterName = "TravelCorridor.Eligibility";

    private readonly Counter<long> refused;

    public RuleSetMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        refused = meter.CreateCounter<long>("travelcorridor.rule_sets.refused", "{rule_set}",
            "Rule sets received from other nodes and refused: the node kept its last good version.");
    }

    public void Refused(string member, string reason) =>
        refused.Add(1, new KeyValuePair<string, object?>("member", member), new KeyValuePair<string, object?>("reason", reason));
}

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// How a node's rule-set catalog is seeded (section <c>Eligibility</c>, read by eligibility and by a clearance
/// process on its own alike, so both decide with the same sets).
/// </summary>
public sealed class RuleSetCatalogOptions
{
    public const string Section = "Eligibility";

    /// <summary>
    /// Give every member state the baseline rule set (version 0, local, unsigned) until it publishes
    /// its own. On in the single-process default (appsettings.json); off unless configured.
    /// </summary>
    public bool SeedBaselineRules { get; set; }

    /// <summary>
    /// How long a node waits for its membership snapshot to learn a key that a received rule set names
    /// but the snapshot does not know yet (the key's own event may still be on its way) before it refuses
    /// the set as signed by an unknown key.
    /// </summary>
    public TimeSpan UnknownKeyGrace { get; set; } = TimeSpan.FromSeconds(15);
}

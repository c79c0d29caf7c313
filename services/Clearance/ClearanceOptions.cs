using TravelCorridor.Decisions.Data;

namespace TravelCorridor.Clearance;

/// <summary>Settings of the clearance service (section <c>Clearance</c>).</summary>
public sealed class ClearanceOptions
{
    public const string Section = "Clearance";

    /// <summary>
    /// How long a pass stays valid after the later of the decision and the trip's arrival: time to reach
    /// the border after check-in, or to pass through it after landing.
    /// </summary>
    public TimeSpan PassValidityAfterArrival { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How far ahead of the trip's arrival a traveller may be cleared. Rules are judged at the arrival but
    /// membership and health evidence as they are at the decision, and a pass is valid from the decision until
    /// after the arrival: a clearance long before the trip would judge it on stale evidence and give a pass for
    /// months. Further ahead is FAILED_PRECONDITION (<c>ARRIVAL_TOO_FAR_AHEAD</c>).
    /// </summary>
    public TimeSpan MaxLeadTime { get; set; } = TimeSpan.FromHours(72);

    /// <summary>Most decisions written to the audit log in one transaction (group commit).</summary>
    public int MaxAuditBatch { get; set; } = 512;

    /// <summary>
    /// The eligibility service to follow rule sets from (<c>WatchRuleSets</c>), e.g. <c>http://10.0.0.5:5080</c>.
    /// Required when this process does not run eligibility itself, and not used when it does.
    /// </summary>
    public string? EligibilityAddress { get; set; }

    /// <summary>
    /// The ES256 key that signs passes, relative to the data directory unless absolute; created on first start.
    /// Replicas of one member's clearance share it (and <see cref="TravellerSecretFile"/>), so a pass from any
    /// replica verifies everywhere and every replica derives the same traveller references.
    /// </summary>
    public string PassesKeyFile { get; set; } = "clearance-passes-key.jwk";

    /// <summary>The secret of traveller references, relative to the data directory unless absolute; created on first start.</summary>
    public string TravellerSecretFile { get; set; } = "clearance-traveller-secret";

    /// <summary>Most entries of one manifest being decided at once; the stream stops reading beyond it.</summary>
    public int ManifestWindow { get; set; } = 256;
}

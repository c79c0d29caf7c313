namespace TravelCorridor.Messaging;

/// <summary>What a replica consumer did with an event it received.</summary>
public enum ConsumeOutcome
{
    /// <summary>Newer than the replica's version: written.</summary>
    Applied,

    /// <summary>Not newer than what the replica holds: ignored.</summary>
    Stale,

    /// <summary>
    /// Made concurrently with the change the replica holds (same version, another origin) and lost the
    /// tie-break: ignored, and recorded in <c>superseded_changes</c>.
    /// </summary>
    Superseded,

    /// <summary>Handled before by this consumer (redelivery, federation duplicate): ignored.</summary>
    Duplicate,

    /// <summary>Made on this node and came back through the broker: only marked as seen.</summary>
    Own,

    /// <summary>Failed the checks the receiving service makes of what it stores (a forged or buggy peer): nothing written.</summary>
    Refused,
}

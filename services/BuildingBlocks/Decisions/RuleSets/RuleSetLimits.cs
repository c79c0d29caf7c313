using TravelCorridor.CertLogic;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// How large a rule set may be. Every node compiles every member's sets and keeps them in memory, and a
/// set arrives from peers as one message, so each dimension is bounded; the proto and docs/rules.md state
/// the same numbers. Real national rule sets are far smaller (the EU's largest has about 60 rules).
/// </summary>
public static class RuleSetLimits
{
    /// <summary>Bytes of the rule set document (the JWS payload).</summary>
    public const int MaxDocumentBytes = 512 * 1024;

    /// <summary>Characters of the signed form: the base64url payload plus header and signature.</summary>
    public const int MaxSignedLength = (MaxDocumentBytes / 3 + 1) * 4 + 4096;

    public const int MaxRules = 200;

    /// <summary>JSON values in one rule's Logic.</summary>
    public const int MaxLogicNodes = 2_000;

    public const int MaxValueSets = 50;

    public const int MaxValueSetEntries = 1_000;

    public const int MaxValueLength = 64;

    public const int MaxValueSetNameLength = 64;

    /// <summary>
    /// The engine limits rule logic is validated and compiled with. A reduce step costs its lambda's size, so one
    /// evaluation spends at most a million JSON values inside reductions (a few tens of milliseconds), however
    /// the rule nests them.
    /// </summary>
    public static CertLogicLimits Logic { get; } = new() { MaxExpressionNodes = MaxLogicNodes, CountLambdaSize = true };
}

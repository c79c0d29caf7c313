using TravelCorridor.CertLogic;
using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Decisions.Validation;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// One version of a member state's entry rules, validated and compiled once when read: the rules, the
/// value sets they read, and the exact document bytes that were signed (what a node stores and forwards).
/// Immutable and shared by every decision that uses it.
/// </summary>
public sealed record RuleSet
{
    public required string Member { get; init; }

    /// <summary>Only goes up; 0 is the baseline seed.</summary>
    public required long Version { get; init; }

    public required DateTimeOffset ValidFrom { get; init; }

    public required IReadOnlyList<RuleEnvelope> Rules
    {
        get;
        init
        {
            field = value;
            Index = RuleIndex.Of(value);
        }
    }

    /// <summary>The rules arranged for decisions, built once with the set.</summary>
    public RuleIndex Index { get; private init; } = null!;

    /// <summary>Ordered by name.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> ValueSets { get; init; }

    /// <summary>The value sets as rules read them from <c>external.valueSets</c>, converted once.</summary>
    public required CertLogicValue ValueSetsData { get; init; }

    /// <summary>The document exactly as signed (UTF-8 JSON).</summary>
    public required ReadOnlyMemory<byte> Document { get; init; }

    /// <summary>True for the baseline every node may hold locally: unsigned, never published.</summary>
    public bool IsSeed => Version == 0;
}

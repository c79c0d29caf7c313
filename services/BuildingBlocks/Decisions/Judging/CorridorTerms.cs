using System.Runtime.CompilerServices;
using TravelCorridor.Decisions.Data;
using TravelCorridor.MembershipSnapshot;

namespace TravelCorridor.Decisions.Judging;

/// <summary>The corridor's terms rules may read (<c>external.maxStayDays</c>, <c>external.purposes</c>); null fields when unknown.</summary>
public sealed record CorridorTerms(int? MaxStayDays, IReadOnlyList<string> Purposes)
{
    // Snapshot entries are immutable and replaced on change, so each one's terms are worked out once.
    private static readonly ConditionalWeakTable<CorridorEntry, CorridorTerms> OfEntry = new();

    public static CorridorTerms Unknown { get; } = new(null, []);

    /// <summary>The terms of a corridor of the membership snapshot, purposes by the names rules use.</summary>
    public static CorridorTerms Of(CorridorEntry corridor) =>
        OfEntry.GetValue(corridor, static c => new CorridorTerms(c.MaxStayDays, [.. c.Purposes.Select(p => PurposeNames.Of(p) ?? "")]));
}

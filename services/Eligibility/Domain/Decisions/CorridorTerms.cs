namespace TravelCorridor.Eligibility.Domain.Decisions;

/// <summary>The corridor's terms rules may read (<c>external.maxStayDays</c>, <c>external.purposes</c>); null fields when unknown.</summary>
public sealed record CorridorTerms(int? MaxStayDays, IReadOnlyList<string> Purposes)
{
    public static CorridorTerms Unknown { get; } = new(null, []);
}

namespace TravelCorridor.Membership.Domain;

/// <summary>The travel purposes a corridor can cover, by their published names.</summary>
public static class TravelPurposes
{
    public static readonly IReadOnlyList<string> All =
        ["ESSENTIAL_BUSINESS", "OFFICIAL", "STUDY", "MEDICAL", "HUMANITARIAN", "TOURISM"];

    public static bool IsKnown(string purpose) => All.Contains(purpose);
}

namespace TravelCorridor.Kernel;

/// <summary>
/// A corridor between two member states is one corridor whichever of them proposed it: its id is their codes in
/// ordinal order, <c>MY-SG</c>. Every place that names a corridor from its two members goes through here.
/// </summary>
public static class CorridorIds
{
    public static string For(string memberA, string memberB) =>
        string.CompareOrdinal(memberA, memberB) < 0 ? $"{memberA}-{memberB}" : $"{memberB}-{memberA}";
}

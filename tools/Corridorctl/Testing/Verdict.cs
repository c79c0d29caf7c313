namespace TravelCorridor.Corridorctl.Testing;

/// <summary>A rule's verdict on one case: passed only when the logic evaluates to exactly <c>true</c>.</summary>
public enum Verdict
{
    Passed,
    Failed,
}

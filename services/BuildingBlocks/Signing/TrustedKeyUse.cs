namespace TravelCorridor.Signing;

/// <summary>
/// What a trusted key may sign. Mirrors the trust list's key uses; a key for one use never verifies
/// data of another, so a leaked node key cannot sign rule sets.
/// </summary>
public enum TrustedKeyUse
{
    Rules,
    Passes,
    Node,
}

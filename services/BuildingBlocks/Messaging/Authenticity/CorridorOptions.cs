using TravelCorridor.Signing.Corridor;
namespace TravelCorridor.Messaging.Authenticity;

/// <summary>Where the corridor file is (section <c>Corridor</c>); see <see cref="CorridorFile"/>.</summary>
public sealed class CorridorOptions
{
    public const string Section = "Corridor";

    /// <summary>
    /// Path of the corridor file every node of the federation loads: the members, their node keys (the trust
    /// anchors that authenticate events) and their brokers. Unset on a lone node, which then trusts only its
    /// own node key.
    /// </summary>
    public string? File { get; set; }
}

namespace TravelCorridor.Membership.Grpc;

/// <summary>
/// The size of everything a membership request may carry, documented in the proto and the README.
/// Each bounds what one call can make the node parse, store, log and echo; each is checked before
/// anything else about its field.
/// </summary>
public static class RequestLimits
{
    /// <summary>
    /// Largest request message in bytes (gRPC's MaxReceiveMessageSize for this service). The largest
    /// legitimate request, AddTrustedKey with a P-256 JWK, is under 2 KB at its field limits; 64 KiB
    /// leaves room without letting one call cost megabytes.
    /// </summary>
    public const int MaxRequestBytes = 64 * 1024;

    /// <summary>A corridor id: two member codes and a dash, "MY-SG".</summary>
    public const int CorridorIdLength = 5;

    public const int MaxNameLength = 100;

    public const int MaxReasonLength = 500;

    public const int MaxKeyIdLength = 64;

    /// <summary>A public P-256 JWK is about 130 characters; kid, use and alg add a few dozen.</summary>
    public const int MaxJwkLength = 1024;

    /// <summary>Entries in <c>purposes</c>; there are six purposes, repeats are ignored.</summary>
    public const int MaxPurposes = 16;
}

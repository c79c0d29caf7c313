namespace TravelCorridor.Signing.Corridor;

/// <summary>One node key of a member, as the corridor file lists it: its key id and public key.</summary>
public sealed record NodeAnchor(string KeyId, EcPublicKey PublicKey);

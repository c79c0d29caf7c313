namespace TravelCorridor.MembershipSnapshot;

/// <summary>A trusted key's identity: key ids are unique within one member state only.</summary>
public readonly record struct TrustedKeyId(string Member, string KeyId);

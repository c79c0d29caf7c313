namespace TravelCorridor.Membership.Application;

/// <summary>Names of membership aggregates in the outbox (<c>member:SG</c>, <c>corridor:MY-SG</c>, <c>key:SG/rules-2026</c>).</summary>
public static class AggregateKeys
{
    public static string Member(string code) => $"member:{code}";

    public static string Corridor(string id) => $"corridor:{id}";

    public static string Key(string member, string keyId) => $"key:{member}/{keyId}";
}

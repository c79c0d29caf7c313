using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Membership.Application;

/// <summary>The membership errors that more than one command or query raises.</summary>
public static class MembershipErrors
{
    public static NotFoundException MemberNotFound(string code) =>
        new("MEMBER_NOT_FOUND", $"Member state '{code}' is not known.", new Dictionary<string, string> { ["member"] = code });

    public static NotFoundException CorridorNotFound(string id) =>
        new("CORRIDOR_NOT_FOUND", $"Corridor '{id}' does not exist.", new Dictionary<string, string> { ["corridor_id"] = id });

    public static NotFoundException KeyNotFound(string member, string keyId) =>
        new("KEY_NOT_FOUND", $"Key '{keyId}' of member state '{member}' is not in the trust list.",
            new Dictionary<string, string> { ["member"] = member, ["key_id"] = keyId });

    public static FailedPreconditionException MemberSuspended(string code) =>
        new("MEMBER_SUSPENDED", $"Member state '{code}' is suspended; its corridors cannot change until it is reinstated.",
            new Dictionary<string, string> { ["member"] = code });
}

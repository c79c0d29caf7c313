using TravelCorridor.Hosting.Paging;
using TravelCorridor.Membership.Domain;
using Proto = TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Grpc;

/// <summary>
/// What each membership list pages by (the key it is ordered by in <c>MembershipView</c>) and which
/// request fields its page tokens are bound to: a token from one list, or from the same list with
/// another member or include_revoked, is refused.
/// </summary>
internal static class ListPaging
{
    public static string Filter(this Proto.ListMemberStatesRequest _) => "member_states";

    public static string Filter(this Proto.ListCorridorsRequest request) => $"corridors member={request.Member}";

    public static string Filter(this Proto.ListTrustedKeysRequest request) =>
        $"trusted_keys member={request.Member} include_revoked={request.IncludeRevoked}";

    public static string PageKey(this MemberState member) => member.Code;

    public static string PageKey(this Corridor corridor) => corridor.Id;

    public static string PageKey(this TrustedKey key) => Hosting.Paging.PageKey.Of(key.Member, key.KeyId);
}

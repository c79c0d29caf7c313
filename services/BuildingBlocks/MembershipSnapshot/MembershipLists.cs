using TravelCorridor.Membership.V1;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Reads membership's lists whole, page after page: a list answers one page at a time (AIP-158), and a
/// snapshot that stopped after the first would silently miss keys. Each response gathers every page.
/// </summary>
internal static class MembershipLists
{
    /// <summary>The largest page membership serves; fewer round trips for a long trust list.</summary>
    private const int PageSize = 200;

    public static async Task<ListMemberStatesResponse> AllMemberStatesAsync(this MembershipService.MembershipServiceClient client,
        CancellationToken cancellationToken)
    {
        var all = new ListMemberStatesResponse();
        var request = new ListMemberStatesRequest { PageSize = PageSize };
        do
        {
            var page = await client.ListMemberStatesAsync(request, cancellationToken: cancellationToken);
            all.MemberStates.AddRange(page.MemberStates);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return all;
    }

    public static async Task<ListCorridorsResponse> AllCorridorsAsync(this MembershipService.MembershipServiceClient client,
        CancellationToken cancellationToken)
    {
        var all = new ListCorridorsResponse();
        var request = new ListCorridorsRequest { PageSize = PageSize };
        do
        {
            var page = await client.ListCorridorsAsync(request, cancellationToken: cancellationToken);
            all.Corridors.AddRange(page.Corridors);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return all;
    }

    /// <summary>Revoked keys included: a verifier must be able to say that a key was revoked, not only that it is unknown.</summary>
    public static async Task<ListTrustedKeysResponse> AllTrustedKeysAsync(this MembershipService.MembershipServiceClient client,
        CancellationToken cancellationToken)
    {
        var all = new ListTrustedKeysResponse();
        var request = new ListTrustedKeysRequest { IncludeRevoked = true, PageSize = PageSize };
        do
        {
            var page = await client.ListTrustedKeysAsync(request, cancellationToken: cancellationToken);
            all.TrustedKeys.AddRange(page.TrustedKeys);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return all;
    }
}

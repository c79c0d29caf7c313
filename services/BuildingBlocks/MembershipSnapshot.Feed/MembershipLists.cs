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
        await EveryPageAsync(async token =>
        {
            var page = await client.ListMemberStatesAsync(
                new ListMemberStatesRequest { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            all.MemberStates.AddRange(page.MemberStates);
            return page.NextPageToken;
        });
        return all;
    }

    public static async Task<ListCorridorsResponse> AllCorridorsAsync(this MembershipService.MembershipServiceClient client,
        CancellationToken cancellationToken)
    {
        var all = new ListCorridorsResponse();
        await EveryPageAsync(async token =>
        {
            var page = await client.ListCorridorsAsync(
                new ListCorridorsRequest { PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            all.Corridors.AddRange(page.Corridors);
            return page.NextPageToken;
        });
        return all;
    }

    /// <summary>Revoked keys included: a verifier must be able to say that a key was revoked, not only that it is unknown.</summary>
    public static async Task<ListTrustedKeysResponse> AllTrustedKeysAsync(this MembershipService.MembershipServiceClient client,
        CancellationToken cancellationToken)
    {
        var all = new ListTrustedKeysResponse();
        await EveryPageAsync(async token =>
        {
            var page = await client.ListTrustedKeysAsync(
                new ListTrustedKeysRequest { IncludeRevoked = true, PageSize = PageSize, PageToken = token }, cancellationToken: cancellationToken);
            all.TrustedKeys.AddRange(page.TrustedKeys);
            return page.NextPageToken;
        });
        return all;
    }

    /// <summary>Reads pages from the first (empty token) until one answers no next token.</summary>
    private static async Task EveryPageAsync(Func<string, Task<string>> readPage)
    {
        var token = "";
        do
        {
            token = await readPage(token);
        }
        while (token.Length > 0);
    }
}

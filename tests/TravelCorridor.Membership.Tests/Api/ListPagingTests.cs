using TravelCorridor.Type.V1;
using Google.Rpc;
using Grpc.Core;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Api;

/// <summary>The list RPCs answer a page at a time (AIP-158); tests use distinct members.</summary>
public sealed class ListPagingTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    private MembershipService.MembershipServiceClient Client => fixture.Node.Membership;

    [Fact]
    public async Task Paging_through_120_keys_by_50_gives_50_50_and_20_then_an_empty_token()
    {
        var added = await AddKeysAsync("PH", 120);

        var pages = await KeyPagesAsync(new ListTrustedKeysRequest { Member = "PH", PageSize = 50 });

        Assert.Equal([50, 50, 20], pages.Select(p => p.TrustedKeys.Count));
        Assert.Equal(added, pages.SelectMany(p => p.TrustedKeys).Select(k => k.KeyId));
        Assert.All(pages.Take(pages.Count - 1), p => Assert.NotEmpty(p.NextPageToken));
        Assert.Empty(pages[^1].NextPageToken);
    }

    [Fact]
    public async Task Revoked_keys_page_too_when_they_are_included()
    {
        var added = await AddKeysAsync("LA", 60);
        var admin = fixture.Node.As(CorridorRoles.MemberAdmin, "LA");
        foreach (var keyId in added.Where((_, i) => i % 3 == 0))
        {
            await Client.RevokeTrustedKeyAsync(new RevokeTrustedKeyRequest { Member = "LA", KeyId = keyId, Reason = "rotated" }, admin);
        }

        var active = await KeyPagesAsync(new ListTrustedKeysRequest { Member = "LA", PageSize = 25 });
        var all = await KeyPagesAsync(new ListTrustedKeysRequest { Member = "LA", PageSize = 25, IncludeRevoked = true });

        Assert.Equal([25, 15], active.Select(p => p.TrustedKeys.Count));
        Assert.DoesNotContain(active.SelectMany(p => p.TrustedKeys), k => k.Revoked);
        Assert.Equal([25, 25, 10], all.Select(p => p.TrustedKeys.Count));
        Assert.Equal(added, all.SelectMany(p => p.TrustedKeys).Select(k => k.KeyId));
        Assert.Equal(20, all.SelectMany(p => p.TrustedKeys).Count(k => k.Revoked));
    }

    [Fact]
    public async Task Without_a_page_size_a_list_gives_the_default_page_of_50_and_more_than_200_is_read_as_200()
    {
        await AddKeysAsync("KH", 201);

        var first = await Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "KH" });
        var large = await Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "KH", PageSize = 1000 });
        var rest = await Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "KH", PageSize = 1000, PageToken = large.NextPageToken });

        Assert.Equal(50, first.TrustedKeys.Count);
        Assert.NotEmpty(first.NextPageToken);
        Assert.Equal(200, large.TrustedKeys.Count);
        Assert.Equal("kh-key-200", Assert.Single(rest.TrustedKeys).KeyId);
        Assert.Empty(rest.NextPageToken);
    }

    [Fact]
    public async Task A_key_added_between_pages_neither_repeats_an_item_nor_moves_the_next_page()
    {
        await AddKeysAsync("BN", 4);
        var first = await Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "BN", PageSize = 2 });
        var admin = fixture.Node.As(CorridorRoles.MemberAdmin, "BN");
        await Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("BN", "bn-key-000a"), admin);
        await Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest("BN", "bn-key-002a"), admin);

        var second = await Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "BN", PageSize = 2, PageToken = first.NextPageToken });

        Assert.Equal(["bn-key-000", "bn-key-001"], first.TrustedKeys.Select(k => k.KeyId));
        Assert.Equal(["bn-key-002", "bn-key-002a"], second.TrustedKeys.Select(k => k.KeyId));
    }

    [Fact]
    public async Task Member_states_and_corridors_page_in_order_of_code_and_id()
    {
        var members = new List<ListMemberStatesResponse>();
        var request = new ListMemberStatesRequest { PageSize = 4 };
        do
        {
            members.Add(await Client.ListMemberStatesAsync(request));
            request.PageToken = members[^1].NextPageToken;
        }
        while (request.PageToken.Length > 0);
        foreach (var partner in new[] { "TL", "MM", "VN" })
        {
            await Client.ProposeCorridorAsync(new ProposeCorridorRequest
            {
                ProposingMember = "TH", PartnerMember = partner, Purposes = { TravelPurpose.Official }, MaxStayDays = 7,
            }, fixture.Node.As(CorridorRoles.MemberAdmin, "TH"));
        }
        var corridors = await Client.ListCorridorsAsync(new ListCorridorsRequest { Member = "TH", PageSize = 2 });
        var more = await Client.ListCorridorsAsync(new ListCorridorsRequest { Member = "TH", PageSize = 2, PageToken = corridors.NextPageToken });

        Assert.Equal([4, 4, 3], members.Select(p => p.MemberStates.Count));
        Assert.Equal(["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"], members.SelectMany(p => p.MemberStates).Select(m => m.Code));
        Assert.Equal(["MM-TH", "TH-TL"], corridors.Corridors.Select(c => c.CorridorId));
        Assert.Equal(["TH-VN"], more.Corridors.Select(c => c.CorridorId));
        Assert.Empty(more.NextPageToken);
    }

    [Fact]
    public async Task A_negative_page_size_and_a_bad_page_token_are_invalid_arguments_naming_both_fields()
    {
        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument,
            () => Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { PageSize = -1, PageToken = "not-a-token" }).ResponseAsync, "INVALID_REQUEST");

        Assert.Equal(["page_size", "page_token"], status!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
        await RpcAssert.RejectsFields(() => Client.ListMemberStatesAsync(new ListMemberStatesRequest { PageSize = -5 }).ResponseAsync, "page_size");
        await RpcAssert.RejectsFields(() => Client.ListCorridorsAsync(new ListCorridorsRequest { PageToken = "%%%" }).ResponseAsync, "page_token");
    }

    [Fact]
    public async Task A_page_token_that_was_altered_or_comes_from_other_filters_or_another_list_is_refused()
    {
        await AddKeysAsync("MY", 3);
        var token = (await Client.ListTrustedKeysAsync(new ListTrustedKeysRequest { Member = "MY", PageSize = 1 })).NextPageToken;
        var altered = token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1];

        await RpcAssert.RejectsFields(() => Client.ListTrustedKeysAsync(
            new ListTrustedKeysRequest { Member = "MY", PageSize = 1, PageToken = altered }).ResponseAsync, "page_token");
        await RpcAssert.RejectsFields(() => Client.ListTrustedKeysAsync(
            new ListTrustedKeysRequest { Member = "MY", PageSize = 1, PageToken = token[..^4] }).ResponseAsync, "page_token");
        await RpcAssert.RejectsFields(() => Client.ListTrustedKeysAsync(
            new ListTrustedKeysRequest { Member = "MY", IncludeRevoked = true, PageToken = token }).ResponseAsync, "page_token");
        await RpcAssert.RejectsFields(() => Client.ListTrustedKeysAsync(
            new ListTrustedKeysRequest { Member = "SG", PageToken = token }).ResponseAsync, "page_token");
        await RpcAssert.RejectsFields(() => Client.ListCorridorsAsync(new ListCorridorsRequest { PageToken = token }).ResponseAsync, "page_token");
        // The page size may change from page to page; only what is listed may not.
        Assert.Equal(2, (await Client.ListTrustedKeysAsync(
            new ListTrustedKeysRequest { Member = "MY", PageSize = 5, PageToken = token })).TrustedKeys.Count);
    }

    /// <summary>Adds <paramref name="count"/> keys named <c>xx-key-000</c> onwards, so that their ids sort as they were added.</summary>
    private async Task<List<string>> AddKeysAsync(string member, int count)
    {
        var admin = fixture.Node.As(CorridorRoles.MemberAdmin, member);
        var keyIds = Enumerable.Range(0, count).Select(i => $"{member.ToLowerInvariant()}-key-{i:000}").ToList();
        foreach (var keyId in keyIds)
        {
            await Client.AddTrustedKeyAsync(TrustedKeyRequests.KeyRequest(member, keyId), admin);
        }
        return keyIds;
    }

    private async Task<List<ListTrustedKeysResponse>> KeyPagesAsync(ListTrustedKeysRequest request)
    {
        var pages = new List<ListTrustedKeysResponse>();
        do
        {
            pages.Add(await Client.ListTrustedKeysAsync(request));
            request.PageToken = pages[^1].NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return pages;
    }
}

using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using TravelCorridor.Eligibility.Tests.Support;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;

namespace TravelCorridor.Eligibility.Tests.Api;

public sealed class PublishingTests(PublishingNodeFixture fixture) : IClassFixture<PublishingNodeFixture>
{
    private EligibilityService.EligibilityServiceClient Client => fixture.Eligibility;

    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task A_published_set_is_stored_with_the_exact_signed_bytes()
    {
        var author = await fixture.AuthorAsync("BN", "bn-rules-1");
        var document = RuleSetDocuments.Document("BN", 1, Now + PublishingNodeFixture.Lead, [RuleSetDocuments.StayAtMost("BN", 1, 14)]);
        var signed = author.Sign(document);

        var published = await Client.PublishRuleSetAsync(new PublishRuleSetRequest { SignedRuleSet = signed }, fixture.As(CorridorRoles.MemberAdmin, "BN"));
        var got = await Client.GetRuleSetAsync(new GetRuleSetRequest { Member = "BN", Latest = true });

        Assert.Equal(1, published.RuleSet.Version);
        Assert.Equal(signed, got.RuleSet.SignedRuleSet);
        Assert.Equal("bn-rules-1", got.RuleSet.KeyId);
        Assert.Equal("SG", got.RuleSet.PublishedBy);
        Assert.Equal(["GR-BN-0001"], got.RuleSet.Rules.Select(r => r.Identifier));
        Assert.False(got.RuleSet.Seed);
    }

    [Fact]
    public async Task A_signed_set_that_names_a_member_twice_is_refused()
    {
        var author = await fixture.AuthorAsync("TH", "th-rules-twice");
        var document = RuleSetDocuments.Document("TH", 1, Now + PublishingNodeFixture.Lead, [RuleSetDocuments.StayAtMost("TH", 1, 14)]);
        // A reader keeping the first "rules" would see none; one keeping the last, these.
        var twice = "{\"rules\":[]," + document.TrimStart()[1..];

        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => Client.PublishRuleSetAsync(
            new PublishRuleSetRequest { SignedRuleSet = author.Sign(twice) }, fixture.As(CorridorRoles.MemberAdmin, "TH")).ResponseAsync,
            "INVALID_REQUEST");

        Assert.Contains(status!.GetDetail<BadRequest>()!.FieldViolations, v => v.Description.Contains("rules", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_members_admin_cannot_publish_its_rules()
    {
        var author = await fixture.AuthorAsync("KH", "kh-rules-1");
        var document = RuleSetDocuments.Document("KH", 1, Now + PublishingNodeFixture.Lead, [RuleSetDocuments.StayAtMost("KH", 1, 14)]);

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Client.PublishRuleSetAsync(
            new PublishRuleSetRequest { SignedRuleSet = author.Sign(document) }, fixture.As(CorridorRoles.MemberAdmin, "VN")).ResponseAsync,
            "NOT_YOUR_MEMBER");
    }

    [Fact]
    public async Task Publishing_needs_a_member_admin_token()
    {
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => Client.PublishRuleSetAsync(new PublishRuleSetRequest { SignedRuleSet = "x" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Client.PublishRuleSetAsync(
            new PublishRuleSetRequest { SignedRuleSet = "x" }, fixture.As(CorridorRoles.BorderOfficer, "SG")).ResponseAsync);
    }

    [Fact]
    public async Task A_set_with_three_problems_reports_all_three()
    {
        var author = await fixture.AuthorAsync("LA", "la-rules-1");
        var foreignRule = RuleSetDocuments.StayAtMost("TH", 1, 14);
        var badLogic = RuleSetDocuments.Rule("LA", 2, """{ "nonsense": [ 1 ] }""");
        var document = RuleSetDocuments.Document("LA", 1, Now.AddHours(1), [foreignRule, badLogic]);

        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => fixture.PublishAsync(author, document), "INVALID_REQUEST");

        var fields = status!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).ToList();
        Assert.True(fields.Count == 3, string.Join(" | ", status.GetDetail<BadRequest>().FieldViolations));
        Assert.Contains("$.rules[0].Country", fields);
        Assert.Contains(fields, f => f.StartsWith("$.rules[1].Logic", StringComparison.Ordinal));
        Assert.Contains("$.validFrom", fields);
        Assert.Equal(3, fields.Count);
    }

    [Fact]
    public async Task A_version_not_above_the_current_one_fails_the_precondition()
    {
        var author = await fixture.AuthorAsync("MM", "mm-rules-1");
        await fixture.PublishAsync(author, RuleSetDocuments.Document("MM", 2, Now + PublishingNodeFixture.Lead, [RuleSetDocuments.StayAtMost("MM", 1, 14)]));

        var status = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => fixture.PublishAsync(author,
            RuleSetDocuments.Document("MM", 1, Now + PublishingNodeFixture.Lead, [RuleSetDocuments.StayAtMost("MM", 1, 10)])),
            "RULE_SET_VERSION_NOT_ABOVE_CURRENT");

        Assert.Equal("2", status!.GetDetail<ErrorInfo>().Metadata["current_version"]);
    }

    [Fact]
    public async Task A_set_signed_with_a_key_not_in_the_trust_list_is_refused_with_the_reason()
    {
        var registered = await fixture.AuthorAsync("PH", "ph-rules-1");
        var stranger = new RuleSetAuthor("PH", "ph-unknown");
        var document = RuleSetDocuments.Document("PH", 1, Now + PublishingNodeFixture.Lead, [RuleSetDocuments.StayAtMost("PH", 1, 14)]);

        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => fixture.PublishAsync(stranger, document));

        var violation = Assert.Single(status!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal("signed_rule_set", violation.Field);
        Assert.Contains("UnknownKey", violation.Description);
        Assert.NotNull(registered);
    }

    [Fact]
    public async Task A_set_with_a_future_valid_from_is_in_force_only_from_then()
    {
        var author = await fixture.AuthorAsync("ID", "id-rules-1");
        var validFrom = Now + PublishingNodeFixture.Lead;
        await fixture.PublishAsync(author, RuleSetDocuments.Document("ID", 1, validFrom, [RuleSetDocuments.StayAtMost("ID", 1, 14)]));

        await RpcAssert.FailsWith(StatusCode.NotFound, () => Client.GetActiveRuleSetAsync(new GetActiveRuleSetRequest { Member = "ID" }).ResponseAsync,
            "NO_ACTIVE_RULE_SET");
        fixture.Clock.Advance(PublishingNodeFixture.Lead + TimeSpan.FromMinutes(1));
        var active = await Client.GetActiveRuleSetAsync(new GetActiveRuleSetRequest { Member = "ID" });
        var before = Client.GetActiveRuleSetAsync(new GetActiveRuleSetRequest { Member = "ID", Time = Timestamp.FromDateTimeOffset(validFrom.AddSeconds(-1)) });

        Assert.Equal(1, active.RuleSet.Version);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => before.ResponseAsync);
    }

    [Fact]
    public async Task An_invalidation_only_set_may_take_effect_at_once()
    {
        var author = await fixture.AuthorAsync("TL", "tl-rules-1");
        var invalidation = RuleSetDocuments.Rule("TL", 1, """{ "!": [ { "===": [ { "var": "payload.traveller.document.number" }, "X0000000" ] } ] }""",
            type: "Invalidation", description: "Document X0000000 was reported stolen");

        var published = await fixture.PublishAsync(author, RuleSetDocuments.Document("TL", 1, Now, [invalidation]));

        Assert.Equal(1, published.RuleSet.Version);
        Assert.Equal(1, (await Client.GetActiveRuleSetAsync(new GetActiveRuleSetRequest { Member = "TL" })).RuleSet.Version);
    }

    [Fact]
    public async Task Validating_runs_every_check_and_stores_nothing()
    {
        var author = await fixture.AuthorAsync("VN", "vn-rules-1");
        var good = RuleSetDocuments.Document("VN", 1, Now + PublishingNodeFixture.Lead, [RuleSetDocuments.StayAtMost("VN", 1, 14)]);

        var signed = await Client.ValidateRuleSetAsync(new ValidateRuleSetRequest { SignedRuleSet = author.Sign(good) }, fixture.As(CorridorRoles.Observer));
        var unsigned = await Client.ValidateRuleSetAsync(new ValidateRuleSetRequest { RuleSetJson = good }, fixture.As(CorridorRoles.Observer));

        Assert.True(signed.SignatureChecked);
        Assert.False(unsigned.SignatureChecked);
        Assert.Equal("VN", unsigned.RuleSet.Member);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Client.GetRuleSetAsync(new GetRuleSetRequest { Member = "VN", Latest = true }).ResponseAsync);
        await RpcAssert.RejectsFields(() => Client.ValidateRuleSetAsync(new ValidateRuleSetRequest { RuleSetJson = "{\"member\":\"VN\"" },
            fixture.As(CorridorRoles.Observer)).ResponseAsync, "$");
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => Client.ValidateRuleSetAsync(new ValidateRuleSetRequest { RuleSetJson = good }).ResponseAsync);
    }

    [Fact]
    public async Task Versions_are_listed_newest_first_and_diffed_field_by_field()
    {
        var author = await fixture.AuthorAsync("MY", "my-rules-1");
        var from = Now + PublishingNodeFixture.Lead;
        await fixture.PublishAsync(author, RuleSetDocuments.Document("MY", 1, from,
            [RuleSetDocuments.StayAtMost("MY", 1, 14), RuleSetDocuments.StayAtMost("MY", 2, 30)]));
        var revised = RuleSetDocuments.StayAtMost("MY", 1, 10);
        revised["Version"] = "1.1.0";
        await fixture.PublishAsync(author, RuleSetDocuments.Document("MY", 2, from.AddDays(1),
            [revised, RuleSetDocuments.StayAtMost("MY", 3, 5)], new System.Text.Json.Nodes.JsonObject { ["tests"] = new System.Text.Json.Nodes.JsonArray("PCR") }));

        var versions = await Client.ListRuleSetVersionsAsync(new ListRuleSetVersionsRequest { Member = "MY" });
        var diff = await Client.DiffRuleSetsAsync(new DiffRuleSetsRequest { Member = "MY", FromVersion = 1, ToVersion = 2 });

        Assert.Equal([2L, 1L], versions.Versions.Select(v => v.Version));
        Assert.Equal(["GR-MY-0003"], diff.Added.Select(r => r.Identifier));
        Assert.Equal(["GR-MY-0002"], diff.Removed.Select(r => r.Identifier));
        var changed = Assert.Single(diff.Changed);
        Assert.Equal(("GR-MY-0001", "1.0.0", "1.1.0"), (changed.Identifier, changed.FromVersion, changed.ToVersion));
        Assert.Equal(["Description", "Logic", "Version"], changed.ChangedFields);
        Assert.Equal(["tests"], diff.ValueSetsChanged);
        Assert.True(diff.ValidFromChanged);
    }

    [Fact]
    public async Task Reading_an_unknown_version_is_not_found()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Client.GetRuleSetAsync(new GetRuleSetRequest { Member = "SG", Version = 99 }).ResponseAsync,
            "RULE_SET_NOT_FOUND");
        await RpcAssert.RejectsFields(() => Client.GetRuleSetAsync(new GetRuleSetRequest { Member = "sg", Version = -1 }).ResponseAsync,
            "member", "version");
    }

    [Fact]
    public async Task A_document_over_the_size_bound_is_refused_naming_the_bound()
    {
        var huge = new string(' ', 600 * 1024) + "{}";

        var status = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => Client.ValidateRuleSetAsync(
            new ValidateRuleSetRequest { RuleSetJson = huge }, fixture.As(CorridorRoles.Observer)).ResponseAsync);

        Assert.Contains("524288", status!.GetDetail<BadRequest>().FieldViolations.Single().Description.Replace(",", ""));
    }
}

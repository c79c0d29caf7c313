using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.Domain;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Paging;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Validation;

namespace TravelCorridor.Eligibility.Grpc;

public sealed partial class EligibilityGrpcService
{
    [AllowAnonymous]
    public override Task<GetRuleSetResponse> GetRuleSet(GetRuleSetRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .MemberCode(request.Member, "member")
            .Check(request.Version >= 0, "version", "must not be negative")
            .ThrowIfInvalid();
        var found = request.Latest ? catalog.Latest(request.Member) : catalog.Find(request.Member, request.Version);
        return Task.FromResult(new GetRuleSetResponse { RuleSet = (found ?? throw NotFound(request.Member, request.Latest ? null : request.Version)).ToProto() });
    }

    [AllowAnonymous]
    public override Task<GetActiveRuleSetResponse> GetActiveRuleSet(GetActiveRuleSetRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .MemberCode(request.Member, "member")
            .Instant(request.Time, "time", out var at, required: false)
            .ThrowIfInvalid();
        var instant = at ?? time.GetUtcNow();
        var active = catalog.ActiveAt(request.Member, instant)
            ?? throw new NotFoundException("NO_ACTIVE_RULE_SET", $"{request.Member} has no rule set in force at {instant:O}.",
                new Dictionary<string, string> { ["member"] = request.Member, ["time"] = instant.ToString("O") });
        return Task.FromResult(new GetActiveRuleSetResponse { RuleSet = active.ToProto() });
    }

    [AllowAnonymous]
    public override Task<ListRuleSetVersionsResponse> ListRuleSetVersions(ListRuleSetVersionsRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .MemberCode(request.Member, "member")
            .Page(request.PageSize, request.PageToken, request.Member, out var page)
            .ThrowIfInvalid();
        // Keys ascend as versions descend, so pages run newest first.
        var versions = page.Take(catalog.Versions(request.Member),
            r => (int.MaxValue - r.Version).ToString("D10", CultureInfo.InvariantCulture), r => r.ToSummary());
        var response = new ListRuleSetVersionsResponse { NextPageToken = versions.NextPageToken };
        response.Versions.AddRange(versions.Items);
        return Task.FromResult(response);
    }

    [AllowAnonymous]
    public override Task<DiffRuleSetsResponse> DiffRuleSets(DiffRuleSetsRequest request, ServerCallContext context)
    {
        new RequestValidator()
            .MemberCode(request.Member, "member")
            .Check(request.FromVersion >= 0, "from_version", "must not be negative")
            .Check(request.ToVersion >= 0, "to_version", "must not be negative")
            .ThrowIfInvalid();
        var from = catalog.Find(request.Member, request.FromVersion) ?? throw NotFound(request.Member, request.FromVersion);
        var to = catalog.Find(request.Member, request.ToVersion) ?? throw NotFound(request.Member, request.ToVersion);
        var diff = RuleSetDiff.Between(from.Set, to.Set);
        var response = new DiffRuleSetsResponse { ValidFromChanged = diff.ValidFromChanged };
        response.Added.AddRange(diff.Added.Select(r => new RuleReference { Identifier = r.Identifier, Version = r.Version.ToString() }));
        response.Removed.AddRange(diff.Removed.Select(r => new RuleReference { Identifier = r.Identifier, Version = r.Version.ToString() }));
        response.Changed.AddRange(diff.Changed.Select(c => new RuleChange
        {
            Identifier = c.Identifier,
            FromVersion = c.From.ToString(),
            ToVersion = c.To.ToString(),
            ChangedFields = { c.Fields },
        }));
        response.ValueSetsChanged.AddRange(diff.ValueSetsChanged);
        return Task.FromResult(response);
    }

    private static NotFoundException NotFound(string member, long? version) =>
        new("RULE_SET_NOT_FOUND",
            version is null ? $"This node holds no rule set of {member}." : $"This node holds no version {version} of {member}'s rule set.",
            new Dictionary<string, string> { ["member"] = member, ["version"] = version?.ToString(CultureInfo.InvariantCulture) ?? "latest" });
}

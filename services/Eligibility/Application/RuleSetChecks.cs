using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.Domain;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Signing;
using TravelCorridor.Validation;

namespace TravelCorridor.Eligibility.Application;

/// <summary>
/// Every check a rule set must pass to be published, run together so its author hears of all problems
/// at once (INVALID_ARGUMENT with one field violation per problem, at the document's JSON path): the
/// document (<see cref="RuleSetReader"/>), the signature by an active RULES key of the set's member, and
/// validFrom within the lead-time window. A version not above the current one, when it is the only
/// problem, is FAILED_PRECONDITION: the set is sound, the node's state is not what its author expected.
/// </summary>
public sealed class RuleSetChecks(RuleSetCatalog catalog, SnapshotTrustedKeys trustedKeys, IOptions<EligibilityOptions> options, TimeProvider time)
{
    /// <summary>An invalidation-only set "at once" may still carry a validFrom a little behind this node's clock.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <param name="authorize">Called with the set's member as soon as it is known, e.g. to check the caller acts for it.</param>
    /// <param name="mode">Whether the version and lead time are checked too.</param>
    public async Task<CheckedRuleSet> CheckAsync(ProposedRuleSet proposed, Action<string>? authorize, RuleSetCheckMode mode,
        CancellationToken cancellationToken)
    {
        var problems = new List<RuleProblem>();
        var (document, jws) = Unwrap(proposed, problems);
        if (document is null)
        {
            throw Invalid(proposed, problems);
        }
        var read = RuleSetReader.Read(document.Value, cancellationToken: cancellationToken);
        var header = read.Header;
        var member = header.Member ?? MemberOf(document.Value);
        if (member is not null)
        {
            authorize?.Invoke(member);
        }
        problems.AddRange(read.Problems);
        var now = time.GetUtcNow();
        if (jws is not null && member is not null)
        {
            var verified = await new JwsVerifier(trustedKeys, RuleSetLimits.MaxSignedLength)
                .VerifyAsync(proposed.Signed!, member, TrustedKeyUse.Rules, now, cancellationToken);
            if (!verified.IsValid)
            {
                problems.Add(new(proposed.Field, $"signature refused ({verified.Failure}): {verified.Message}"));
            }
        }
        RuleProblem? versionProblem = null;
        if (mode == RuleSetCheckMode.Publication)
        {
            CheckLeadTime(header, now, problems);
            var current = member is null ? 0 : catalog.LatestPublishedVersion(member);
            if (header.Version is { } version && version <= current)
            {
                versionProblem = new RuleProblem("$.version", $"is {version}, but {member}'s current version is {current}: a new version must be higher");
            }
        }
        if (problems.Count > 0)
        {
            throw Invalid(proposed, versionProblem is null ? problems : [.. problems, versionProblem]);
        }
        if (versionProblem is not null)
        {
            throw new FailedPreconditionException("RULE_SET_VERSION_NOT_ABOVE_CURRENT", $"{versionProblem.Path}: {versionProblem.Message}",
                new Dictionary<string, string>
                {
                    ["member"] = member!,
                    ["version"] = header.Version!.Value.ToString(CultureInfo.InvariantCulture),
                    ["current_version"] = catalog.LatestPublishedVersion(member!).ToString(CultureInfo.InvariantCulture),
                });
        }
        return new CheckedRuleSet(read.RuleSet!, proposed.Signed, jws?.KeyId, read.Warnings);
    }

    private void CheckLeadTime(RuleSetHeader set, DateTimeOffset now, List<RuleProblem> problems)
    {
        var lead = options.Value;
        if (set.ValidFrom is not { } validFrom)
        {
            return;
        }
        if (validFrom > now + lead.MaximumLeadTime)
        {
            problems.Add(new("$.validFrom", $"is {validFrom:O}, more than {Describe(lead.MaximumLeadTime)} ahead (Eligibility:MaximumLeadTime)"));
        }
        else if (set.InvalidationOnly ? validFrom < now - ClockSkew : validFrom < now + lead.MinimumLeadTime)
        {
            problems.Add(new("$.validFrom", set.InvalidationOnly
                ? $"is {validFrom:O}, in the past; an invalidation-only set may take effect at once, but not earlier"
                : $"is {validFrom:O}; it must be at least {Describe(lead.MinimumLeadTime)} after publication (not before {(now + lead.MinimumLeadTime):O}; Eligibility:MinimumLeadTime). Only an invalidation-only set may take effect at once"));
        }
    }

    private static (ReadOnlyMemory<byte>? Document, JwsToken? Jws) Unwrap(ProposedRuleSet proposed, List<RuleProblem> problems)
    {
        if (proposed.Signed is { } signed)
        {
            if (!CompactJws.TryParse(signed, out var jws, out var problem, RuleSetLimits.MaxSignedLength))
            {
                problems.Add(new(proposed.Field, $"is not a compact JWS (header.payload.signature, ES256): {problem}"));
                return (null, null);
            }
            if (jws.IsDetached)
            {
                problems.Add(new(proposed.Field, "has a detached payload; the rule set document must be the JWS payload"));
                return (null, null);
            }
            return (jws.Payload, jws);
        }
        var json = proposed.Json ?? "";
        if (json.Length == 0)
        {
            problems.Add(new(proposed.Field, "is required: the rule set, signed (signed_rule_set) or as its JSON document (rule_set_json)"));
            return (null, null);
        }
        if (json.Length > RuleSetLimits.MaxDocumentBytes)
        {
            problems.Add(new(proposed.Field, $"is {json.Length:N0} characters; a rule set may have at most {RuleSetLimits.MaxDocumentBytes:N0} bytes"));
            return (null, null);
        }
        return (Encoding.UTF8.GetBytes(json), null);
    }

    /// <summary>The member a document names, even when the rest of it is refused (so permission is judged first).</summary>
    private static string? MemberOf(ReadOnlyMemory<byte> document)
    {
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(document.Span);
            using var json = System.Text.Json.JsonDocument.ParseValue(ref reader);
            return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object &&
                   json.RootElement.TryGetProperty("member", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.String &&
                   Kernel.MemberCode.IsValid(m.GetString()!) ? m.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static InvalidArgumentException Invalid(ProposedRuleSet proposed, IReadOnlyList<RuleProblem> problems)
    {
        var listed = problems.Take(RequestValidator.MaxListed).Select(p => new FieldViolation(p.Path, p.Message)).ToList();
        return new InvalidArgumentException(listed, problems.Count - listed.Count);
    }

    private static string Describe(TimeSpan span) =>
        span.TotalDays >= 1 && span.TotalDays == Math.Floor(span.TotalDays) ? $"{span.TotalDays:0} days" : $"{span.TotalHours:0.##} hours";
}

using TravelCorridor.Clearance.V1;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Corridorctl.Clearance;

/// <summary>A clearance and a pass verdict as an officer reads them.</summary>
internal static class ClearanceText
{
    public static void Write(TextWriter output, TravelCorridor.Clearance.V1.Clearance clearance)
    {
        var decision = clearance.Decision;
        output.WriteLine($"{Outcome(decision.Outcome)}  {clearance.ClearanceId}");
        output.WriteLine($"  trip        {clearance.Origin} → {clearance.Destination}, {Purpose(clearance.Purpose)}, arriving {Instant(clearance.ArrivalTime)}");
        output.WriteLine($"  traveller   {clearance.TravellerReference}");
        output.WriteLine($"  decided     {Instant(clearance.DecidedAt)} by {clearance.DecidedBy} on {clearance.DecidingMember}'s node");
        output.WriteLine($"  rule set    {decision.RuleSetMember} version {decision.RuleSetVersion}; membership sequence {decision.MembershipSequence}");
        foreach (var reason in decision.Reasons)
        {
            output.WriteLine($"  reason      {reason.Code}: {reason.Message}");
        }
        foreach (var rule in decision.RuleResults)
        {
            var result = rule.Result.ToString().ToUpperInvariant();
            var failure = rule.Result == RuleResultKind.Failed ? $" ({rule.FailureOutcome.ToString().ToUpperInvariant()})" : "";
            output.WriteLine($"  {result,-14} {rule.Identifier} {rule.Version}{failure}: {rule.Description}");
        }
        if (clearance.RevokedAt is not null)
        {
            output.WriteLine($"  REVOKED     {Instant(clearance.RevokedAt)} by {clearance.RevokedBy}: {clearance.RevocationReason}");
        }
        if (clearance.Pass.Length > 0)
        {
            output.WriteLine($"  pass        valid until {Instant(clearance.PassValidUntil)}");
            output.WriteLine(clearance.Pass);
        }
    }

    public static void Write(TextWriter output, VerifyClearancePassResponse verdict)
    {
        output.WriteLine(verdict.Valid ? "VALID" : $"INVALID  {Problem(verdict.Problem)}: {verdict.Message}");
        if (verdict.Claims is { } claims)
        {
            output.WriteLine($"  clearance   {claims.ClearanceId}, issued by {claims.Issuer}");
            output.WriteLine($"  trip        {claims.Origin} → {claims.Destination}, {Purpose(claims.Purpose)}");
            output.WriteLine($"  traveller   {claims.TravellerReference}");
            output.WriteLine($"  valid       {Instant(claims.ValidFrom)} to {Instant(claims.ValidUntil)}");
            output.WriteLine($"  rule set    {claims.RuleSetMember} version {claims.RuleSetVersion}");
        }
        output.WriteLine(verdict.HolderChecked ? "  holder      checked against the presented document" : "  holder      not checked (no document presented)");
        if (verdict.SuspendedSince is { } since)
        {
            output.WriteLine($"  suspended   since {Instant(since)}");
        }
    }

    /// <summary>Every instant of a clearance: UTC, ISO 8601 to the second (<c>2026-12-07T16:00:00Z</c>), as <c>--after</c> takes it.</summary>
    public static string Instant(Google.Protobuf.WellKnownTypes.Timestamp timestamp) => RuleSets.Instant.Seconds(timestamp);

    public static string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Cleared => "CLEARED",
        DecisionOutcome.Referred => "REFERRED",
        DecisionOutcome.Denied => "DENIED",
        _ => "UNSPECIFIED",
    };

    private static string Purpose(TravelPurpose purpose) => PurposeNames.Of(purpose) ?? "purpose not given";

    /// <summary>The proto name without its prefix, e.g. BAD_SIGNATURE, as the API reference spells it.</summary>
    private static string Problem(PassProblem problem) =>
        ClearanceServiceReflection.Descriptor.EnumTypes.Single(e => e.Name == nameof(PassProblem))
            .FindValueByNumber((int)problem)?.Name.Replace("PASS_PROBLEM_", "", StringComparison.Ordinal) ?? problem.ToString();
}

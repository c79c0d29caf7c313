namespace TravelCorridor.Eligibility.Application;

/// <summary>A rule set as a caller hands it over: signed (compact JWS), or the document alone for a dry run or test.</summary>
public sealed record ProposedRuleSet(string? Signed, string? Json)
{
    /// <summary>The request field it came in, for error paths.</summary>
    public string Field => Signed is not null ? "signed_rule_set" : "rule_set_json";
}

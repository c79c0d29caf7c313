using System.Text.Json;
using System.Text.Json.Nodes;

namespace TravelCorridor.Testing;

/// <summary>Rule set documents and rules for tests, written as rule authors write them.</summary>
public static class RuleSetDocuments
{
    public static readonly DateTimeOffset RulesFrom = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset RulesTo = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string Document(string member, long version, DateTimeOffset validFrom, IEnumerable<JsonObject> rules, JsonObject? valueSets = null) =>
        new JsonObject
        {
            ["member"] = member,
            ["version"] = version,
            ["validFrom"] = validFrom.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["rules"] = new JsonArray([.. rules]),
            ["valueSets"] = valueSets ?? new JsonObject(),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    /// <param name="logic">The CertLogic expression as JSON text.</param>
    public static JsonObject Rule(string member, int number, string logic, string outcome = "DENY", string[]? origins = null,
        string[]? purposes = null, string version = "1.0.0", string type = "Acceptance", string description = "A test rule",
        (string Lang, string Desc)[]? otherLanguages = null, DateTimeOffset? validFrom = null, DateTimeOffset? validTo = null)
    {
        var descriptions = new JsonArray(new JsonObject { ["lang"] = "en", ["desc"] = description });
        foreach (var (lang, desc) in otherLanguages ?? [])
        {
            descriptions.Add(new JsonObject { ["lang"] = lang, ["desc"] = desc });
        }
        var prefix = type == "Invalidation" ? "IR" : "GR";
        return new JsonObject
        {
            ["Identifier"] = $"{prefix}-{member}-{number:D4}",
            ["Type"] = type,
            ["Country"] = member,
            ["Version"] = version,
            ["SchemaVersion"] = "1.0.0",
            ["Engine"] = "CERTLOGIC",
            ["EngineVersion"] = "1.0.0",
            ["CertificateType"] = "General",
            ["Description"] = descriptions,
            ["ValidFrom"] = (validFrom ?? RulesFrom).ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["ValidTo"] = (validTo ?? RulesTo).ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["AffectedFields"] = new JsonArray("payload"),
            ["Logic"] = JsonNode.Parse(logic),
            ["Outcome"] = outcome,
            ["Origins"] = new JsonArray([.. (origins ?? []).Select(o => (JsonNode)o!)]),
            ["Purposes"] = new JsonArray([.. (purposes ?? []).Select(p => (JsonNode)p!)]),
        };
    }

    /// <summary>A rule that passes when the stay is at most <paramref name="days"/> days.</summary>
    public static JsonObject StayAtMost(string member, int number, int days, string outcome = "DENY", string[]? origins = null, string[]? purposes = null) =>
        Rule(member, number, $$"""{ "<=": [ { "var": "payload.trip.stayDays" }, {{days}} ] }""", outcome, origins, purposes,
            description: $"The stay is at most {days} days");
}

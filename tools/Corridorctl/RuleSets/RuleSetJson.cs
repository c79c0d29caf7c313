using System.Text;
using System.Text.Json;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Signing;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>
/// The rule set document for <c>rules get --json</c>: for a signed set, exactly the bytes that were signed
/// (so it can be edited and signed again); a seed has none, so its document is rebuilt from the set.
/// </summary>
internal static class RuleSetJson
{
    public static string Text(RuleSet set)
    {
        if (set.SignedRuleSet.Length > 0 && CompactJws.TryParse(set.SignedRuleSet, out var jws, out _))
        {
            return Encoding.UTF8.GetString(jws.Payload.Span);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonFile.Indented))
        {
            json.WriteStartObject();
            json.WriteString("member", set.Member);
            json.WriteNumber("version", set.Version);
            json.WriteString("validFrom", Instant.Text(set.ValidFrom));
            json.WriteStartArray("rules");
            foreach (var rule in set.Rules)
            {
                using var envelope = JsonDocument.Parse(rule.EnvelopeJson);
                envelope.RootElement.WriteTo(json);
            }
            json.WriteEndArray();
            json.WriteStartObject("valueSets");
            foreach (var valueSet in set.ValueSets)
            {
                json.WriteStartArray(valueSet.Name);
                foreach (var value in valueSet.Values)
                {
                    json.WriteStringValue(value);
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

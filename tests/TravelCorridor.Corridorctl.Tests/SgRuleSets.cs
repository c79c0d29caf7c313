namespace TravelCorridor.Corridorctl.Tests;

/// <summary>
/// SG's rule set documents as an author would keep them in files: versions 1 and 2 differ in every way
/// <c>rules diff</c> reports. Written out with uneven spacing so that byte-for-byte round trips show.
/// </summary>
internal static class SgRuleSets
{
    public static string Version1(DateTimeOffset validFrom) => $$"""
        {
          "member":  "SG",   "version": 1,
          "validFrom": "{{Text(validFrom)}}",
          "rules": [
            {{Rule("GR-SG-0001", "1.0.0", "DENY", """{ "<=": [ { "var": "payload.trip.stayDays" }, 10 ] }""", "The stay is at most 10 days", "[]", "[]")}},
            {{Rule("GR-SG-0002", "1.0.0", "REFER", """{ "!": [ { "!": [ { "var": "payload.health.vaccinations.0" } ] } ] }""", "A vaccination record is presented", "[\"TH\"]", "[\"OFFICIAL\"]")}}
          ],
          "valueSets": { "accepted-test-types": [ "PCR" ] }
        }

        """;

    /// <summary>0001 revised (1.1.0, new Logic and description), 0002 withdrawn, 0003 new, a value set grown, a later validFrom.</summary>
    public static string Version2(DateTimeOffset validFrom) => $$$"""
        {"member":"SG","version":2,"validFrom":"{{{Text(validFrom)}}}","rules":[
        {{{Rule("GR-SG-0001", "1.1.0", "DENY", """{ "<=": [ { "var": "payload.trip.stayDays" }, 14 ] }""", "The stay is at most 14 days", "[]", "[]")}}},
        {{{Rule("GR-SG-0003", "1.0.0", "DENY", """{ "===": [ { "var": "payload.trip.purpose" }, "ESSENTIAL_BUSINESS" ] }""", "Only essential business travel", "[\"MY\"]", "[]")}}}],
        "valueSets":{"accepted-test-types":["PCR","RAT"]}}
        """;

    private static string Rule(string identifier, string version, string outcome, string logic, string description, string origins, string purposes) => $$"""
        { "Identifier": "{{identifier}}", "Type": "Acceptance", "Country": "SG", "Version": "{{version}}", "SchemaVersion": "1.0.0",
          "Engine": "CERTLOGIC", "EngineVersion": "1.0.0", "CertificateType": "General",
          "Description": [ { "lang": "en", "desc": "{{description}}" }, { "lang": "ms", "desc": "Peraturan ujian" } ],
          "ValidFrom": "2020-01-01T00:00:00Z", "ValidTo": "2100-01-01T00:00:00Z", "AffectedFields": [ "payload" ],
          "Logic": {{logic}}, "Outcome": "{{outcome}}", "Origins": {{origins}}, "Purposes": {{purposes}} }
        """;

    private static string Text(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

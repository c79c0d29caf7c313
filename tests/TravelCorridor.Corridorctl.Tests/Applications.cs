using System.Text.Json.Nodes;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>
/// Traveller applications in proto JSON, as rule authors write them in case files: a complete essential-business
/// trip to SG on 1 December 2026 that meets every baseline rule (as docs/examples/evaluate-eligibility.json);
/// each test changes what it is about.
/// </summary>
internal static class Applications
{
    public static JsonObject Compliant(string origin = "MY") => JsonNode.Parse($$"""
        {
          "traveller": {
            "document": { "type": "DOCUMENT_TYPE_PASSPORT", "number": "A12345678", "issuingState": "{{origin}}", "expiryDate": "2031-12-31" },
            "nationality": "{{origin}}", "dateOfBirth": "1985-07-14", "givenNames": "Aisyah", "familyName": "Rahman"
          },
          "trip": {
            "origin": "{{origin}}", "destination": "SG", "purpose": "TRAVEL_PURPOSE_ESSENTIAL_BUSINESS",
            "departureTime": "2026-12-01T08:00:00Z", "arrivalTime": "2026-12-01T09:05:00Z", "stayDays": 7,
            "pointOfEntry": "SIN", "controlledItinerary": true, "daysInOriginBeforeDeparture": 30
          },
          "sponsor": { "organisation": "Petronas Berhad", "reference": "RGL-2026-0042" },
          "health": {
            "tests": [ { "type": "PCR", "result": "TEST_RESULT_NEGATIVE", "sampleTime": "2026-11-30T10:00:00Z" } ],
            "vaccinations": [ { "product": "EU/1/20/1528", "doseNumber": 2, "totalDoses": 2, "date": "2025-06-01" } ]
          }
        }
        """)!.AsObject();

    /// <summary>The compliant application with one change made by <paramref name="change"/>.</summary>
    public static JsonObject With(Action<JsonObject> change, string origin = "MY")
    {
        var application = Compliant(origin);
        change(application);
        return application;
    }

    /// <summary>A case file's text: <c>{ "name", "application", …<paramref name="fields"/> }</c>.</summary>
    public static string Case(string name, JsonObject application, params (string Name, JsonNode? Value)[] fields)
    {
        var testCase = new JsonObject { ["name"] = name, ["application"] = application };
        foreach (var (field, value) in fields)
        {
            testCase[field] = value?.DeepClone();
        }
        return testCase.ToJsonString();
    }
}

using System.Text.Json.Nodes;

namespace TravelCorridor.Decisions.Tests.Baseline;

/// <summary>
/// Data contexts (<c>{ payload, external }</c>) as the eligibility service builds them: a business traveller
/// from Malaysia to Singapore who meets every baseline rule, and small changes to it.
/// </summary>
internal static class Traveller
{
    // Departs 1 Dec 2026 08:00 UTC with a PCR sample taken 46 h before, arrives 09:30, passport valid to 2030.
    private const string CompliantPayload = """
        {
          "traveller": {
            "document": { "type": "PASSPORT", "number": "A12345678", "issuingState": "MY", "expiryDate": "2030-01-31" },
            "nationality": "MY",
            "dateOfBirth": "1985-04-12",
            "givenNames": "Siti Aminah",
            "familyName": "Binti Abdullah"
          },
          "trip": {
            "origin": "MY",
            "destination": "SG",
            "purpose": "ESSENTIAL_BUSINESS",
            "departureTime": "2026-12-01T08:00:00Z",
            "arrivalTime": "2026-12-01T09:30:00Z",
            "stayDays": 7,
            "pointOfEntry": "SIN",
            "controlledItinerary": true,
            "daysInOriginBeforeDeparture": 30
          },
          "sponsor": { "organisation": "Example Engineering Pte Ltd", "reference": "RGL-2026-000123" },
          "health": {
            "tests": [ { "type": "PCR", "result": "NEGATIVE", "sampleTime": "2026-11-29T10:00:00Z" } ],
            "vaccinations": [ { "product": "EU/1/20/1528", "doseNumber": 2, "totalDoses": 2, "date": "2026-06-15" } ]
          },
          "insurance": { "coverageAmount": 30000, "currency": "SGD", "validUntil": "2026-12-31" }
        }
        """;

    /// <summary>A traveller every baseline rule clears, judged at the arrival time.</summary>
    public static JsonObject Compliant() => new()
    {
        ["payload"] = JsonNode.Parse(CompliantPayload),
        ["external"] = new JsonObject
        {
            ["validationClock"] = "2026-12-01T09:30:00Z",
            ["origin"] = "MY",
            ["destination"] = "SG",
            ["purpose"] = "ESSENTIAL_BUSINESS",
            ["valueSets"] = BaselineTemplate.ValueSets(),
            ["maxStayDays"] = 14,
            ["purposes"] = new JsonArray("ESSENTIAL_BUSINESS", "OFFICIAL"),
        },
    };

    /// <summary>The same context with the value at a dotted path (e.g. <c>payload.trip.stayDays</c>) replaced.</summary>
    public static JsonObject With(this JsonObject context, string path, JsonNode? value)
    {
        var (parent, name) = Parent(context, path);
        parent[name] = value;
        return context;
    }

    /// <summary>The same context without the property at a dotted path, as when the field was never filled in.</summary>
    public static JsonObject Without(this JsonObject context, string path)
    {
        var (parent, name) = Parent(context, path);
        Assert.True(parent.Remove(name), $"{path} is not in the context");
        return context;
    }

    /// <summary>A test as <c>health.tests</c> holds it.</summary>
    public static JsonObject Test(string sampleTime, string type = "PCR", string result = "NEGATIVE") =>
        new() { ["type"] = type, ["result"] = result, ["sampleTime"] = sampleTime };

    private static (JsonObject Parent, string Name) Parent(JsonObject context, string path)
    {
        var steps = path.Split('.');
        JsonNode node = context;
        foreach (var step in steps[..^1])
        {
            node = node[step] ?? throw new ArgumentException($"{path}: {step} is missing", nameof(path));
        }

        return (node.AsObject(), steps[^1]);
    }
}

using System.Text.Json;
using Google.Protobuf;
using TravelCorridor.Clearance.V1;
using TravellerApplication = TravelCorridor.Type.V1.TravellerApplication;

namespace TravelCorridor.Corridorctl.Clearance;

/// <summary>
/// Traveller applications as corridorctl reads them: the proto JSON of <c>TravellerApplication</c>, either
/// bare or as a request around it (<c>{"application": …, "languageCode": "ms", "entryReference": "12A"}</c>,
/// the form of <c>docs/examples/evaluate-eligibility.json</c>). Unknown fields are refused, so a misspelt
/// field is not silently read as a missing one.
/// </summary>
internal static class ApplicationInput
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    /// <summary>One manifest entry (or a single request) from one JSON text; <paramref name="problem"/> says what is wrong.</summary>
    public static ClearManifestRequest? Parse(string json, out string? problem)
    {
        problem = null;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "not a JSON object";
                return null;
            }
            if (document.RootElement.TryGetProperty("application", out _))
            {
                return Parser.Parse<ClearManifestRequest>(json);
            }
            return new ClearManifestRequest { Application = Parser.Parse<TravellerApplication>(json) };
        }
        catch (Exception e) when (e is JsonException or InvalidProtocolBufferException or InvalidJsonException)
        {
            problem = e.Message;
            return null;
        }
    }
}

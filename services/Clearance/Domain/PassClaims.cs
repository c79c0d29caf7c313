using System.Text.Json;
using System.Text.Json.Serialization;

namespace TravelCorridor.Clearance.Domain;

/// <summary>
/// The payload of a clearance pass: compact JSON with these names, signed as it is (the bytes verified are
/// the bytes signed). Instants are RFC 3339 UTC; purpose is its name without the prefix, e.g.
/// "ESSENTIAL_BUSINESS".
/// </summary>
public sealed record PassClaims(
    [property: JsonPropertyName("clearanceId")] string ClearanceId,
    [property: JsonPropertyName("issuer")] string Issuer,
    [property: JsonPropertyName("travellerReference")] string TravellerReference,
    [property: JsonPropertyName("origin")] string Origin,
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("purpose")] string Purpose,
    [property: JsonPropertyName("validFrom")] DateTimeOffset ValidFrom,
    [property: JsonPropertyName("validUntil")] DateTimeOffset ValidUntil,
    [property: JsonPropertyName("ruleSetMember")] string RuleSetMember,
    [property: JsonPropertyName("ruleSetVersion")] long RuleSetVersion)
{
    /// <summary>The JWS "typ" of a pass, so a pass cannot be mistaken for another signed document.</summary>
    public const string MediaType = "travelcorridor-pass+jws";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>Null when <paramref name="payload"/> is not a pass's payload.</summary>
    public static PassClaims? FromJson(ReadOnlySpan<byte> payload)
    {
        try
        {
            var claims = JsonSerializer.Deserialize<PassClaims>(payload, Json);
            return claims is { ClearanceId: not null, Issuer: not null, TravellerReference: not null, Origin: not null, Destination: not null, Purpose: not null, RuleSetMember: not null }
                ? claims
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

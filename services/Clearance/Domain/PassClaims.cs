using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TravelCorridor.Clearance.Domain;

/// <summary>
/// The payload of a clearance pass: compact JSON with these names, signed as it is (the bytes verified are
/// the bytes signed). Instants are RFC 3339 UTC; purpose is its name without the prefix, e.g.
/// "ESSENTIAL_BUSINESS"; the holder fields bind the pass to a travel document (<see cref="PassHolder"/>).
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
    [property: JsonPropertyName("ruleSetVersion")] long RuleSetVersion,
    [property: JsonPropertyName("holderSalt")] string HolderSalt,
    [property: JsonPropertyName("holder")] string Holder,
    [property: JsonPropertyName("holderWithBirthDate")] string HolderWithBirthDate)
{
    /// <summary>The JWS "typ" of a pass, so a pass cannot be mistaken for another signed document.</summary>
    public const string MediaType = "travelcorridor-pass+jws";

    // A repeated member would mean different things to different readers of one signed pass.
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false, AllowDuplicateProperties = false };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    /// <summary>Reads a pass's payload; <paramref name="problem"/> says what is wrong with one that is not.</summary>
    public static bool TryRead(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out PassClaims? claims, [NotNullWhen(false)] out string? problem)
    {
        claims = null;
        try
        {
            var read = JsonSerializer.Deserialize<PassClaims>(payload, Json);
            if (read is null)
            {
                problem = "the payload is JSON null, not an object of claims";
                return false;
            }
            var missing = new (string Name, object? Value)[]
            {
                ("clearanceId", read.ClearanceId), ("issuer", read.Issuer), ("travellerReference", read.TravellerReference),
                ("origin", read.Origin), ("destination", read.Destination), ("purpose", read.Purpose), ("ruleSetMember", read.RuleSetMember),
                ("holderSalt", read.HolderSalt), ("holder", read.Holder), ("holderWithBirthDate", read.HolderWithBirthDate),
            }.Where(c => c.Value is null).Select(c => c.Name).ToList();
            if (missing.Count > 0)
            {
                problem = $"the claims lack {string.Join(", ", missing)}";
                return false;
            }
            claims = read;
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            problem = $"the claims do not read as a pass: {e.Message}";
            return false;
        }
    }
}

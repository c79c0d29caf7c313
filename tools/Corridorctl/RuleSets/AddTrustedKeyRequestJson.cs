using System.Text;
using System.Text.Json;

namespace TravelCorridor.Corridorctl.RuleSets;

/// <summary>
/// The AddTrustedKey request for a new rules key, in the proto's JSON form, so that it can go straight to
/// grpcurl's <c>-d</c>. The validity suggested is a year from now; rotate keys before they expire.
/// </summary>
internal static class AddTrustedKeyRequestJson
{
    public const string Method = "travelcorridor.membership.v1.MembershipService/AddTrustedKey";

    public static readonly TimeSpan SuggestedValidity = TimeSpan.FromDays(365);

    public static string Write(string member, string keyId, string publicJwk, DateTimeOffset notBefore, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonFile.Indented with { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteString("member", member);
            json.WriteString("key_id", keyId);
            json.WriteString("use", "KEY_USE_RULES");
            json.WriteString("public_key_jwk", publicJwk);
            json.WriteString("not_before", Instant.Text(notBefore));
            json.WriteString("not_after", Instant.Text(notBefore + SuggestedValidity));
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

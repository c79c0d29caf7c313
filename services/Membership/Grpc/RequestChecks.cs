using System.Text.RegularExpressions;
using Google.Protobuf.Collections;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Type.V1;
using TravelCorridor.Validation;
using static TravelCorridor.Membership.Grpc.RequestLimits;
using Proto = TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Grpc;

/// <summary>
/// Field checks shared by the membership RPCs; each adds a violation instead of throwing, checks the
/// field's size first and echoes a value only as <see cref="CallerText.Quote"/> does.
/// </summary>
internal static partial class RequestChecks
{
    public static RequestValidator MemberCode(this RequestValidator v, string value, string field) =>
        value.Length == 0
            ? v.Add(field, "is required")
            // IsValid looks at the length before the pattern.
            : v.Check(Kernel.MemberCode.IsValid(value), field, $"{CallerText.Quote(value)} is not an ISO 3166-1 alpha-2 code in capitals (e.g. SG)");

    public static RequestValidator OptionalMemberCode(this RequestValidator v, string value, string field) =>
        value.Length == 0 ? v : v.MemberCode(value, field);

    public static RequestValidator Reason(this RequestValidator v, string value, string field) =>
        v.Text(value, field, MaxReasonLength);

    public static RequestValidator Name(this RequestValidator v, string value, string field) =>
        v.Text(value, field, MaxNameLength);

    public static RequestValidator CorridorId(this RequestValidator v, string value, string field, out string normalized)
    {
        normalized = "";
        var parts = value.Length <= CorridorIdLength ? value.Split('-') : [];
        if (parts.Length != 2 || !Kernel.MemberCode.IsValid(parts[0]) || !Kernel.MemberCode.IsValid(parts[1]) || parts[0] == parts[1])
        {
            return v.Add(field, $"{CallerText.Quote(value)} is not a corridor id of two different member codes such as MY-SG");
        }
        normalized = CorridorIds.For(parts[0], parts[1]);
        return v;
    }

    public static RequestValidator Purposes(this RequestValidator v, RepeatedField<TravelPurpose> purposes, string field, out List<string> names)
    {
        names = [];
        if (!v.WithinCount(purposes.Count, field, MaxPurposes))
        {
            return v;
        }
        v.Check(purposes.Count > 0, field, "at least one travel purpose is required");
        for (var i = 0; i < purposes.Count; i++)
        {
            var purpose = purposes[i];
            if (purpose == TravelPurpose.Unspecified || !Enum.IsDefined(purpose))
            {
                v.Add($"{field}[{i}]", $"'{purpose}' is not a travel purpose");
                continue;
            }
            names.Add(ProtoMapper.PurposeName(purpose));
        }
        return v;
    }

    public static RequestValidator KeyId(this RequestValidator v, string value, string field) =>
        !v.WithinLength(value, field, MaxKeyIdLength) ? v
        : value.Length == 0 ? v.Add(field, "is required")
        : v.Check(KeyIdPattern().IsMatch(value), field, $"must be 1 to {MaxKeyIdLength} letters, digits, '.', '_' or '-'");

    /// <summary>A JWK's size first: only then is it parsed as JSON and checked as a key (a kid in it must be the key id).</summary>
    public static RequestValidator PublicJwk(this RequestValidator v, string value, string keyId, string field)
    {
        if (!v.WithinLength(value, field, MaxJwkLength))
        {
            return v;
        }
        var problem = value.Length == 0 ? "is required" : Signing.PublicJwk.Problem(value, keyId);
        return v.Check(problem is null, field, problem ?? "");
    }

    // \z, not $: $ also matches before a final newline, which let "nl-key\n" sit beside "nl-key".
    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,64}\z")]
    private static partial Regex KeyIdPattern();
}

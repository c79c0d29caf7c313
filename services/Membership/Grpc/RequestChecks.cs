using TravelCorridor.Hosting;
using System.Text.RegularExpressions;
using Google.Protobuf.Collections;
using TravelCorridor.Hosting.Errors;
using TravelCorridor.Membership.Domain;
using Proto = TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Grpc;

/// <summary>Field checks shared by the membership RPCs; each adds a violation instead of throwing.</summary>
internal static partial class RequestChecks
{
    public const int MaxReasonLength = 500;

    public static RequestValidator MemberCode(this RequestValidator v, string value, string field) =>
        string.IsNullOrEmpty(value)
            ? v.Add(field, "is required")
            : v.Check(Hosting.MemberCode.IsValid(value), field, $"'{value}' is not an ISO 3166-1 alpha-2 code in capitals (e.g. SG)");

    public static RequestValidator OptionalMemberCode(this RequestValidator v, string value, string field) =>
        value.Length == 0 ? v : v.MemberCode(value, field);

    public static RequestValidator Reason(this RequestValidator v, string value, string field) =>
        v.Required(value, field).Check(value.Length <= MaxReasonLength, field, $"must be at most {MaxReasonLength} characters");

    public static RequestValidator CorridorId(this RequestValidator v, string value, string field, out string normalized)
    {
        normalized = "";
        var parts = value.Split('-');
        if (parts.Length != 2 || !Hosting.MemberCode.IsValid(parts[0]) || !Hosting.MemberCode.IsValid(parts[1]) || parts[0] == parts[1])
        {
            return v.Add(field, $"'{value}' is not a corridor id of two different member codes such as MY-SG");
        }
        normalized = Corridor.IdFor(parts[0], parts[1]);
        return v;
    }

    public static RequestValidator Purposes(this RequestValidator v, RepeatedField<Proto.TravelPurpose> purposes, string field, out List<string> names)
    {
        names = [];
        v.Check(purposes.Count > 0, field, "at least one travel purpose is required");
        for (var i = 0; i < purposes.Count; i++)
        {
            var purpose = purposes[i];
            if (purpose == Proto.TravelPurpose.Unspecified || !Enum.IsDefined(purpose))
            {
                v.Add($"{field}[{i}]", $"'{purpose}' is not a travel purpose");
                continue;
            }
            names.Add(ProtoMapper.PurposeName(purpose));
        }
        return v;
    }

    public static RequestValidator KeyId(this RequestValidator v, string value, string field) =>
        string.IsNullOrEmpty(value)
            ? v.Add(field, "is required")
            : v.Check(KeyIdPattern().IsMatch(value), field, "must be 1 to 64 letters, digits, '.', '_' or '-'");

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex KeyIdPattern();
}

using System.Text.RegularExpressions;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Hosting;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Validation;

namespace TravelCorridor.Eligibility.Grpc;

/// <summary>Checks of eligibility request fields that are not part of the traveller application.</summary>
internal static class RequestChecks
{
    public static RequestValidator MemberCode(this RequestValidator v, string value, string field) =>
        value.Length == 0
            ? v.Add(field, "is required: a member code such as SG")
            : v.Check(value.Length <= 2 && Kernel.MemberCode.IsValid(value), field, $"{CallerText.Quote(value)} is not an ISO 3166-1 alpha-2 code in capitals (e.g. SG)");

    public static RequestValidator RuleSetText(this RequestValidator v, string value, string field, int maxLength)
    {
        v.WithinLength(value, field, maxLength);
        return v;
    }
}

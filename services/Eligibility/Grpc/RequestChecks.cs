using System.Text.RegularExpressions;
using TravelCorridor.Hosting;
using TravelCorridor.Hosting.Errors;

namespace TravelCorridor.Eligibility.Grpc;

/// <summary>Checks of eligibility request fields that are not part of the traveller application.</summary>
internal static partial class RequestChecks
{
    public static RequestValidator MemberCode(this RequestValidator v, string value, string field) =>
        value.Length == 0
            ? v.Add(field, "is required: a member code such as SG")
            : v.Check(value.Length <= 2 && Hosting.MemberCode.IsValid(value), field, $"{CallerText.Quote(value)} is not an ISO 3166-1 alpha-2 code in capitals (e.g. SG)");

    /// <summary>Empty (English) or a language code such as <c>ms</c> or <c>zh-cn</c>, as rule descriptions use.</summary>
    public static RequestValidator LanguageCode(this RequestValidator v, string value, string field) =>
        v.Check(value.Length == 0 || (value.Length <= 5 && LanguagePattern().IsMatch(value)), field,
            $"{CallerText.Quote(value)} is not a language code such as en, ms or zh-cn (lower case)");

    public static RequestValidator RuleSetText(this RequestValidator v, string value, string field, int maxLength)
    {
        v.WithinLength(value, field, maxLength);
        return v;
    }

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]{2})?\z")]
    private static partial Regex LanguagePattern();
}

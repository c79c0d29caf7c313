using System.Text.RegularExpressions;
using TravelCorridor.Kernel.Errors;
using TravelCorridor.Validation;

namespace TravelCorridor.Decisions.Validation;

/// <summary>The language a decision's rule descriptions are asked in, as eligibility and clearance requests give it.</summary>
public static partial class LanguageChecks
{
    /// <summary>Empty (English) or a language code such as <c>ms</c> or <c>zh-cn</c>, as rule descriptions use.</summary>
    public static RequestValidator LanguageCode(this RequestValidator v, string value, string field)
    {
        ArgumentNullException.ThrowIfNull(v);
        // The message is built only when the code is wrong: this runs for every decision.
        return value.Length == 0 || (value.Length <= 5 && LanguagePattern().IsMatch(value))
            ? v
            : v.Add(field, $"{CallerText.Quote(value)} is not a language code such as en, ms or zh-cn (lower case)");
    }

    /// <summary>The language to describe rules in: English when none was asked for.</summary>
    public static string LanguageOf(string code) => code.Length == 0 ? "en" : code;

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]{2})?\z")]
    private static partial Regex LanguagePattern();
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace TravelCorridor.CertLogic.Rules;

// The fields that need more than EnvelopeReader's checks (descriptions, logic, the identifier's
// consistency with the other fields), and the patterns fields must match.
public static partial class RuleEnvelopeParser
{
    private static IReadOnlyList<RuleDescription>? ReadDescription(EnvelopeReader read)
    {
        if (read.Field("Description", true) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            read.Problem("Description", "must be an array of { \"lang\", \"desc\" }");
            return null;
        }

        var descriptions = new List<RuleDescription>();
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            var at = $"$.Description[{i++}]";
            var lang = JsonText.TryGetProperty(item, "lang", out var l) && l.ValueKind == JsonValueKind.String ? JsonText.GetString(l) : null;
            var desc = JsonText.TryGetProperty(item, "desc", out var d) && d.ValueKind == JsonValueKind.String ? JsonText.GetString(d) : null;
            if (lang is null || !LanguagePattern().IsMatch(lang))
            {
                read.Problems.Add(new($"{at}.lang", "must be a language code such as en or de-at"));
            }
            else if (descriptions.Any(existing => existing.Lang == lang))
            {
                read.Problems.Add(new($"{at}.lang", $"repeats the language \"{lang}\""));
            }

            if (string.IsNullOrWhiteSpace(desc))
            {
                read.Problems.Add(new($"{at}.desc", "must be a non-empty string"));
            }
            else
            {
                read.IsText($"Description[{i - 1}].desc", desc);
            }

            if (lang is not null && desc is not null)
            {
                descriptions.Add(new(lang, desc));
            }
        }

        if (!descriptions.Any(d => d.Lang == "en"))
        {
            read.Problem("Description", "must include an English (\"en\") description");
        }

        return descriptions;
    }

    private static (JsonElement Json, CompiledCertLogic Compiled)? ReadLogic(EnvelopeReader read, CertLogicLimits? limits, bool strict)
    {
        if (read.Field("Logic", true) is not { } logic)
        {
            return null;
        }

        if (logic.ValueKind != JsonValueKind.Object)
        {
            read.Problem("Logic", "must be a CertLogic operation (a JSON object), not a literal");
            return null;
        }

        try
        {
            var issues = CertLogicValidator.Validate(logic, limits);
            foreach (var issue in issues)
            {
                (issue.IsWarning && !strict ? read.Warnings : read.Problems).Add(new("$.Logic" + issue.Path[1..], issue.Message));
            }

            return CertLogicValidator.Refusing(issues, strict).Count > 0 ? null : (logic.Clone(), CertLogicCompiler.Compile(logic, limits));
        }
        catch (CertLogicLimitExceededException e)
        {
            read.Problem("Logic", e.Message);
            return null;
        }
    }

    private static void CheckIdentifier(EnvelopeReader read, string? identifier, RuleType? type, string? country, string? certificateType)
    {
        if (identifier is null)
        {
            return;
        }

        var prefix = identifier[..2];
        if (type == RuleType.Invalidation && prefix != "IR")
        {
            read.Problem("Identifier", "of an Invalidation rule must start with IR");
        }

        if (type == RuleType.Acceptance && prefix == "IR")
        {
            read.Problem("Identifier", "of an Acceptance rule must not start with IR");
        }

        var expectedPrefix = certificateType switch
        {
            "General" => "GR",
            "Vaccination" => "VR",
            "Test" => "TR",
            "Recovery" => "RR",
            _ => null,
        };
        if (expectedPrefix is not null && prefix != "IR" && prefix != expectedPrefix)
        {
            read.Problem("Identifier", $"must start with {expectedPrefix} for {certificateType} rules");
        }

        if (country is not null && identifier.Substring(3, 2) != country)
        {
            read.Problem("Identifier", $"must contain the rule's Country ({country}) as its second part");
        }
    }

    // Whole-string patterns end in \z: "$" also matches before a final "\n", which let "VR-SG-0001\n" through.
    // [0-9], not \d, which matches any Unicode decimal digit ("VR-SG-٠٠٠١").
    [GeneratedRegex(@"^(GR|VR|TR|RR|IR)-[A-Z]{2}-[0-9]{4}\z")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"^[A-Z]{2}\z")]
    private static partial Regex CountryPattern();

    [GeneratedRegex(@"^CERTLOGIC\z")]
    private static partial Regex EnginePattern();

    [GeneratedRegex(@"^(General|Test|Vaccination|Recovery)\z")]
    private static partial Regex CertificateTypePattern();

    [GeneratedRegex(@"^([a-z]{2}|[a-z]{2}-[a-z]{2})\z")]
    private static partial Regex LanguagePattern();

    // Not anchored on purpose: some character that is not white space, anywhere.
    [GeneratedRegex(@"\S")]
    private static partial Regex NonEmptyPattern();
}

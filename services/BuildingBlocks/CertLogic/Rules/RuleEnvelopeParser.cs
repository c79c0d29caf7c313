using System.Text.Json;
using System.Text.RegularExpressions;

namespace TravelCorridor.CertLogic.Rules;

/// <summary>
/// Parses and validates a rule envelope (EU DCC validation rule format plus our extensions), reporting
/// every problem at once, and compiles its logic. Checks follow the EU gateway's rule schema and upload
/// constraints that do not depend on the clock or on earlier versions.
/// </summary>
public static partial class RuleEnvelopeParser
{
    private static readonly HashSet<string> KnownFields =
    [
        "Identifier", "Type", "Country", "Version", "SchemaVersion", "Engine", "EngineVersion", "CertificateType",
        "Description", "ValidFrom", "ValidTo", "AffectedFields", "Logic", "Outcome", "Origins", "Purposes",
    ];

    /// <summary>Parses rule JSON text; malformed JSON is reported as a problem at <c>$</c>.</summary>
    public static RuleEnvelopeResult Parse(string json, CertLogicLimits? limits = null)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement, limits);
        }
        catch (JsonException e)
        {
            return new(null, [new("$", $"not valid JSON: {e.Message}")]);
        }
    }

    /// <summary>Parses a rule; the JSON may be disposed afterwards.</summary>
    public static RuleEnvelopeResult Parse(JsonElement json, CertLogicLimits? limits = null)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return new(null, [new("$", "a rule must be a JSON object")]);
        }

        var read = new EnvelopeReader(json);
        foreach (var property in json.EnumerateObject().Where(p => !KnownFields.Contains(p.Name)))
        {
            read.Problem(property.Name, "is not a rule field (names are case-sensitive)");
        }

        var identifier = read.String("Identifier", true, IdentifierPattern(), "of the form GR|VR|TR|RR|IR-<country>-<4 digits> (e.g. VR-SG-0001)");
        var type = read.OneOf("Type", true, ("Acceptance", RuleType.Acceptance), ("Invalidation", RuleType.Invalidation));
        var country = read.String("Country", true, CountryPattern(), "an ISO 3166-1 alpha-2 code in capitals");
        var version = read.Version("Version");
        var schemaVersion = read.Version("SchemaVersion");
        var engine = read.String("Engine", true, EnginePattern(), "\"CERTLOGIC\"");
        var engineVersion = read.Version("EngineVersion");
        var certificateType = read.String("CertificateType", false, CertificateTypePattern(), "one of General, Test, Vaccination, Recovery");
        var description = ReadDescription(read);
        var validFrom = read.Timestamp("ValidFrom");
        var validTo = read.Timestamp("ValidTo");
        var affectedFields = read.Strings("AffectedFields", true, nonEmpty: true, NonEmptyPattern(), "a non-empty string");
        var outcome = read.OneOf("Outcome", false, ("DENY", RuleOutcome.Deny), ("REFER", RuleOutcome.Refer));
        var origins = read.Strings("Origins", false, nonEmpty: false, CountryPattern(), "an ISO 3166-1 alpha-2 code in capitals");
        var purposes = read.Strings("Purposes", false, nonEmpty: false, NonEmptyPattern(), "a non-empty string");
        var logic = ReadLogic(read, limits);

        if (validFrom is { } from && validTo is { } to && from >= to)
        {
            read.Problem("ValidTo", $"must be after ValidFrom ({from:O})");
        }

        CheckIdentifier(read, identifier, type, country, certificateType);
        if (read.Problems.Count > 0)
        {
            return new(null, read.Problems);
        }

        return new(new RuleEnvelope
        {
            Identifier = identifier!,
            Type = type!.Value,
            Country = country!,
            Version = version!.Value,
            SchemaVersion = schemaVersion!.Value,
            Engine = engine!,
            EngineVersion = engineVersion!.Value,
            CertificateType = certificateType,
            Description = description!,
            ValidFrom = validFrom!.Value,
            ValidTo = validTo!.Value,
            AffectedFields = affectedFields!,
            Logic = logic!.Value.Json,
            CompiledLogic = logic.Value.Compiled,
            Outcome = outcome ?? RuleOutcome.Deny,
            Origins = origins ?? [],
            Purposes = purposes ?? [],
        }, []);
    }

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
            var lang = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("lang", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            var desc = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("desc", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
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

    private static (JsonElement Json, CompiledCertLogic Compiled)? ReadLogic(EnvelopeReader read, CertLogicLimits? limits)
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
                read.Problems.Add(new("$.Logic" + issue.Path[1..], issue.Message));
            }

            return issues.Count > 0 ? null : (logic.Clone(), CertLogicCompiler.Compile(logic, limits));
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

    [GeneratedRegex(@"^(GR|VR|TR|RR|IR)-[A-Z]{2}-\d{4}$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();

    [GeneratedRegex("^CERTLOGIC$")]
    private static partial Regex EnginePattern();

    [GeneratedRegex("^(General|Test|Vaccination|Recovery)$")]
    private static partial Regex CertificateTypePattern();

    [GeneratedRegex("^([a-z]{2}|[a-z]{2}-[a-z]{2})$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"\S")]
    private static partial Regex NonEmptyPattern();
}

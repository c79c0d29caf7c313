using System.Text.Json;

namespace TravelCorridor.CertLogic.Rules;

/// <summary>
/// Parses and validates a rule envelope (EU DCC validation rule format plus our extensions), reporting
/// every problem at once, and compiles its logic. Checks follow the EU gateway's rule schema and upload
/// constraints that do not depend on the clock or on earlier versions. Warnings about the logic are
/// returned beside the rule; <c>strict</c> makes them problems.
/// </summary>
public static partial class RuleEnvelopeParser
{
    private static readonly HashSet<string> KnownFields =
    [
        "Identifier", "Type", "Country", "Version", "SchemaVersion", "Engine", "EngineVersion", "CertificateType",
        "Description", "ValidFrom", "ValidTo", "AffectedFields", "Logic", "Outcome", "Origins", "Purposes",
    ];

    /// <summary>Parses rule JSON text; malformed JSON is reported as a problem at <c>$</c>.</summary>
    public static RuleEnvelopeResult Parse(string json, CertLogicLimits? limits = null, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (LoneSurrogates.IndexIn(json) is var at and >= 0)
        {
            return new(null, [new("$", $"not valid JSON: a lone surrogate character ({LoneSurrogates.Describe(json[at])}) at index {at} is not Unicode text")], []);
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return Parse(document.RootElement, limits, strict);
        }
        catch (JsonException e)
        {
            return new(null, [new("$", $"not valid JSON: {e.Message}")], []);
        }
        catch (Exception e) when (EngineBoundary.IsUnexpected(e))
        {
            throw EngineBoundary.Fault("parsing a rule", e);
        }
    }

    /// <summary>Parses a rule; the JSON may be disposed afterwards.</summary>
    /// <param name="json">The rule object.</param>
    /// <param name="limits">Limits for its logic.</param>
    /// <param name="strict">Whether warnings about the logic are problems too.</param>
    public static RuleEnvelopeResult Parse(JsonElement json, CertLogicLimits? limits = null, bool strict = false)
    {
        try
        {
            return Read(json, limits, strict);
        }
        catch (Exception e) when (EngineBoundary.IsUnexpected(e))
        {
            throw EngineBoundary.Fault("parsing a rule", e);
        }
    }

    private static RuleEnvelopeResult Read(JsonElement json, CertLogicLimits? limits, bool strict)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return new(null, [new("$", "a rule must be a JSON object")], []);
        }

        var read = new EnvelopeReader(json);
        foreach (var name in json.EnumerateObject().Select(JsonText.GetName).Where(name => !KnownFields.Contains(name)))
        {
            read.Problem(name, "is not a rule field (names are case-sensitive)");
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
        var logic = ReadLogic(read, limits, strict);

        if (validFrom is { } from && validTo is { } to && from >= to)
        {
            read.Problem("ValidTo", $"must be after ValidFrom ({from:O})");
        }

        CheckIdentifier(read, identifier, type, country, certificateType);
        if (read.Problems.Count > 0)
        {
            return new(null, read.Problems, read.Warnings);
        }

        return new(new RuleEnvelope
        {
            Json = json.Clone(),
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
        }, [], read.Warnings);
    }
}

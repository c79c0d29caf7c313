using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TravelCorridor.CertLogic;
using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Decisions.Data;
using TravelCorridor.Decisions.Validation;

namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// Reads a rule set document and runs every check that depends on the document alone, reporting every
/// problem at once with its JSON path (<c>$.rules[2].Logic.and[1]</c>): the fields, each rule's envelope
/// and CertLogic (the engine's validator), rules of the set's own member only, unique identifiers, value
/// sets and every size bound of <see cref="RuleSetLimits"/>. Checks that need the clock, the current
/// version or the trust list belong to publishing (<c>RuleSetChecks</c>).
/// </summary>
public static partial class RuleSetReader
{
    private static readonly HashSet<string> Fields = ["member", "version", "validFrom", "rules", "valueSets"];

    /// <param name="document">The document's UTF-8 bytes, exactly as signed.</param>
    /// <param name="allowSeed">Whether version 0 (the local baseline) is acceptable.</param>
    /// <param name="cancellationToken">Checked before each rule is compiled: compiling the rules of a large set is most
    /// of reading it, and a caller who left (a trial call past its deadline) should not keep a core busy.</param>
    public static RuleSetReadResult Read(ReadOnlyMemory<byte> document, bool allowSeed = false, CancellationToken cancellationToken = default)
    {
        if (document.Length > RuleSetLimits.MaxDocumentBytes)
        {
            return Failed(new("$", $"the document is {document.Length:N0} bytes; a rule set may have at most {RuleSetLimits.MaxDocumentBytes:N0} bytes"));
        }
        JsonDocument json;
        try
        {
            // A member named twice ("rules" twice) would let readers that keep the first and readers that keep the
            // last see different rules under one signature: refused, at any depth.
            json = JsonDocument.Parse(document, new JsonDocumentOptions { MaxDepth = CertLogicLimits.AbsoluteMaxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            return Failed(new("$", $"not valid JSON: {e.Message}"));
        }
        using (json)
        {
            return Read(json.RootElement, document, allowSeed, cancellationToken);
        }
    }

    private static RuleSetReadResult Read(JsonElement root, ReadOnlyMemory<byte> document, bool allowSeed, CancellationToken cancellationToken)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Failed(new("$", "a rule set must be a JSON object { member, version, validFrom, rules, valueSets }"));
        }
        var problems = new List<RuleProblem>();
        var warnings = new List<RuleProblem>();
        foreach (var property in root.EnumerateObject())
        {
            var name = JsonText.GetName(property);
            if (!Fields.Contains(name))
            {
                problems.Add(new($"$.{name}", "is not a rule set field (names are case-sensitive: member, version, validFrom, rules, valueSets)"));
            }
        }
        var member = ReadMember(root, problems);
        var version = ReadVersion(root, allowSeed, problems);
        var validFrom = ReadInstant(root, "validFrom", problems);
        var rules = ReadRules(root, member, problems, warnings, cancellationToken);
        var valueSets = ValueSetReader.Read(root, problems);
        var header = new RuleSetHeader(member, version, validFrom, IsInvalidationOnly(root));
        if (problems.Count > 0)
        {
            return new(null, problems, warnings) { Header = header };
        }
        return new(new RuleSet
        {
            Member = member!,
            Version = version!.Value,
            ValidFrom = validFrom!.Value,
            Rules = rules,
            ValueSets = valueSets,
            ValueSetsData = ValueSetData.From(valueSets),
            Document = document.ToArray(),
        }, [], warnings) { Header = header };
    }

    private static string? ReadMember(JsonElement root, List<RuleProblem> problems)
    {
        if (!JsonText.TryGetProperty(root, "member", out var value))
        {
            problems.Add(new("$.member", "is required: the member state whose entry rules these are, e.g. \"SG\""));
            return null;
        }
        var member = value.ValueKind == JsonValueKind.String ? JsonText.GetString(value) : null;
        if (member is null || !MemberPattern().IsMatch(member))
        {
            problems.Add(new("$.member", "must be a member code: two capital letters, e.g. \"SG\""));
            return null;
        }
        return member;
    }

    private static long? ReadVersion(JsonElement root, bool allowSeed, List<RuleProblem> problems)
    {
        var lowest = allowSeed ? 0 : 1;
        if (!JsonText.TryGetProperty(root, "version", out var value))
        {
            problems.Add(new("$.version", "is required: a whole number that goes up with every published version"));
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var version) || version < lowest || version > int.MaxValue)
        {
            problems.Add(new("$.version", $"must be a whole number from {lowest} to {int.MaxValue} (0 is reserved for the baseline seed)"));
            return null;
        }
        return version;
    }

    internal static DateTimeOffset? ReadInstant(JsonElement root, string field, List<RuleProblem> problems)
    {
        if (!JsonText.TryGetProperty(root, field, out var value))
        {
            problems.Add(new($"$.{field}", "is required: an RFC 3339 instant such as \"2026-12-01T00:00:00Z\""));
            return null;
        }
        var text = value.ValueKind == JsonValueKind.String ? JsonText.GetString(value) : null;
        if (text is null || !InstantPattern().IsMatch(text) ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            problems.Add(new($"$.{field}", "must be an RFC 3339 instant with a time zone, such as \"2026-12-01T00:00:00Z\""));
            return null;
        }
        return instant.ToUniversalTime();
    }

    private static IReadOnlyList<RuleEnvelope> ReadRules(JsonElement root, string? member, List<RuleProblem> problems, List<RuleProblem> warnings,
        CancellationToken cancellationToken)
    {
        if (!JsonText.TryGetProperty(root, "rules", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new("$.rules", "is required: an array of rules (EU rule envelopes with our Outcome, Origins and Purposes)"));
            return [];
        }
        var count = value.GetArrayLength();
        if (count > RuleSetLimits.MaxRules)
        {
            problems.Add(new("$.rules", $"has {count} rules; a rule set may have at most {RuleSetLimits.MaxRules}"));
            return [];
        }
        var rules = new List<RuleEnvelope>(count);
        var seen = new HashSet<(string, RuleVersion)>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var at = $"$.rules[{index++}]";
            var result = RuleEnvelopeParser.Parse(item, RuleSetLimits.Logic);
            problems.AddRange(result.Problems.Select(p => Within(at, p)));
            warnings.AddRange(result.Warnings.Select(p => Within(at, p)));
            if (result.Rule is not { } rule)
            {
                continue;
            }
            if (member is not null && rule.Country != member)
            {
                problems.Add(new($"{at}.Country", $"is {rule.Country}, but this is {member}'s rule set: a member publishes only its own rules"));
            }
            if (!seen.Add((rule.Identifier, rule.Version)))
            {
                problems.Add(new($"{at}.Identifier", $"{rule.Identifier} version {rule.Version} appears twice; each identifier and version must be unique"));
            }
            rules.Add(rule);
        }
        return rules;
    }

    /// <summary>Read from the raw rules, so it is known even when a rule is refused.</summary>
    private static bool IsInvalidationOnly(JsonElement root) =>
        JsonText.TryGetProperty(root, "rules", out var rules) && rules.ValueKind == JsonValueKind.Array && rules.GetArrayLength() > 0 &&
        rules.EnumerateArray().All(r => r.ValueKind == JsonValueKind.Object && JsonText.TryGetProperty(r, "Type", out var type) &&
            type.ValueKind == JsonValueKind.String && JsonText.GetString(type) == "Invalidation");

    private static RuleProblem Within(string at, RuleProblem problem) => new(at + problem.Path[1..], problem.Message);

    private static RuleSetReadResult Failed(RuleProblem problem) => new(null, [problem], []);

    [GeneratedRegex(@"^[A-Z]{2}\z")]
    private static partial Regex MemberPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})\z")]
    private static partial Regex InstantPattern();
}

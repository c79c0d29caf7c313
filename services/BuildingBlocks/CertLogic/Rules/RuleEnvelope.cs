using System.Text.Json;

namespace TravelCorridor.CertLogic.Rules;

/// <summary>
/// A validated rule: the EU DCC rule envelope plus our extensions (<see cref="Outcome"/>,
/// <see cref="Origins"/>, <see cref="Purposes"/>), with its logic already compiled.
/// Obtain one from <see cref="RuleEnvelopeParser"/>.
/// </summary>
public sealed record RuleEnvelope
{
    public required string Identifier { get; init; }
    public required RuleType Type { get; init; }
    public required string Country { get; init; }
    public required RuleVersion Version { get; init; }
    public required RuleVersion SchemaVersion { get; init; }
    public required string Engine { get; init; }
    public required RuleVersion EngineVersion { get; init; }

    /// <summary><c>General</c>, <c>Test</c>, <c>Vaccination</c> or <c>Recovery</c>; optional here.</summary>
    public string? CertificateType { get; init; }

    public required IReadOnlyList<RuleDescription> Description { get; init; }
    public required DateTimeOffset ValidFrom { get; init; }
    public required DateTimeOffset ValidTo { get; init; }
    public required IReadOnlyList<string> AffectedFields { get; init; }

    /// <summary>The whole envelope as published (a detached copy), for showing and comparing rules field by field.</summary>
    public JsonElement Json { get; init; }

    /// <summary>The CertLogic expression as published (a detached copy).</summary>
    public required JsonElement Logic { get; init; }

    /// <summary>The same logic compiled once, ready to evaluate on <c>{ "payload": …, "external": … }</c>.</summary>
    public required CompiledCertLogic CompiledLogic { get; init; }

    /// <summary>What failing this rule means; <see cref="RuleOutcome.Deny"/> unless the rule says <c>REFER</c>.</summary>
    public RuleOutcome Outcome { get; init; } = RuleOutcome.Deny;

    /// <summary>Origin countries the rule applies to; empty means all.</summary>
    public IReadOnlyList<string> Origins { get; init; } = [];

    /// <summary>Travel purposes the rule applies to; empty means all.</summary>
    public IReadOnlyList<string> Purposes { get; init; } = [];

    /// <summary>The description in <paramref name="lang"/>, else the English one.</summary>
    public string DescriptionIn(string lang) =>
        (Description.FirstOrDefault(d => d.Lang == lang) ?? Description.First(d => d.Lang == "en")).Desc;
}

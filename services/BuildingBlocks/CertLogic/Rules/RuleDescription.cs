namespace TravelCorridor.CertLogic.Rules;

/// <summary>One entry of a rule's <c>Description</c>: a language code and the text in that language.</summary>
public sealed record RuleDescription(string Lang, string Desc);

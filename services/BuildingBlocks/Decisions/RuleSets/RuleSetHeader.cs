namespace TravelCorridor.Decisions.RuleSets;

/// <summary>
/// What a document says about itself, read even when the rest of it is refused, so that publishing can
/// still judge permission, version and lead time and report every problem at once. Null where unreadable.
/// </summary>
public sealed record RuleSetHeader(string? Member, long? Version, DateTimeOffset? ValidFrom, bool InvalidationOnly);

namespace TravelCorridor.Persistence;

/// <summary>
/// A service's database has tables but no migration history: it was made by a node from before
/// migrations (<c>EnsureCreated</c>). Its schema is unknown, so the node refuses it rather than guess.
/// </summary>
public sealed class UnmigratedDatabaseException(string message) : InvalidOperationException(message);

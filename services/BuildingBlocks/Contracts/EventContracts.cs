namespace TravelCorridor.Contracts;

/// <summary>
/// Every event contract and the exchange it travels on. The exchange is MassTransit's entity name of the type,
/// <c>Namespace:Name</c>: nodes publish there, broker definitions declare it, the AsyncAPI document and
/// <c>corridorctl events tail</c> name it.
/// </summary>
public static class EventContracts
{
    /// <summary>Every <see cref="IIntegrationEvent"/> of this assembly, in full-name order.</summary>
    public static IReadOnlyList<Type> All { get; } = typeof(IIntegrationEvent).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();

    public static string ExchangeName(Type contract) => $"{contract.Namespace}:{contract.Name}";
}

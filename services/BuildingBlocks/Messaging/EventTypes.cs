using System.Collections.Frozen;

namespace TravelCorridor.Messaging;

/// <summary>
/// Finds a contract type by the name stored with an event: the full name in the outbox
/// (<c>TravelCorridor.Contracts.Membership.CorridorOpened</c>), the short name in change logs
/// (<c>CorridorOpened</c>). Every <see cref="IIntegrationEvent"/> of the contracts assembly is known.
/// </summary>
public static class EventTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = Index();

    public static Type? Find(string name) => ByName.GetValueOrDefault(name);

    public static Type Resolve(string name) =>
        Find(name) ?? throw new UnknownEventTypeException(name);

    private static FrozenDictionary<string, Type> Index()
    {
        var contracts = TravelCorridor.Contracts.EventContracts.All;
        var byName = contracts.ToDictionary(t => t.FullName!);
        foreach (var group in contracts.GroupBy(t => t.Name).Where(g => g.Count() == 1))
        {
            byName[group.Key] = group.Single();
        }
        return byName.ToFrozenDictionary();
    }
}

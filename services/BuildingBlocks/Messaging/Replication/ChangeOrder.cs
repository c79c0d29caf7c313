namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// The one order of changes every node agrees on: the higher version wins; at the same version —
/// two nodes changed the same aggregate concurrently, each from the same starting version — the
/// origin that sorts first (ordinal) wins. Every node compares the same pair of facts, so every node
/// keeps the same change, whatever order the events arrive in.
/// </summary>
public static class ChangeOrder
{
    public static bool Supersedes(long version, string origin, long currentVersion, string currentOrigin) =>
        version > currentVersion || (version == currentVersion && string.CompareOrdinal(origin, currentOrigin) < 0);
}

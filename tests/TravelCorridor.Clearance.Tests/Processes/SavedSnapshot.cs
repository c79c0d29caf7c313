using TravelCorridor.Testing;

namespace TravelCorridor.Clearance.Tests.Processes;

/// <summary>The membership snapshot a node process saved under its data directory.</summary>
internal static class SavedSnapshot
{
    /// <summary>Waits until the saved snapshot holds <paramref name="text"/> (a corridor id, a key id), so a kill loses nothing of it.</summary>
    public static Task HoldsAsync(NodeProcess node, string text) =>
        Eventually.Until(() =>
        {
            var path = Path.Combine(node.DataDirectory, "membership-snapshot.json");
            return File.Exists(path) && File.ReadAllText(path).Contains(text, StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(10));
}

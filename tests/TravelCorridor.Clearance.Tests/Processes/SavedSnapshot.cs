using System.Text.Json;
using TravelCorridor.Testing;

namespace TravelCorridor.Clearance.Tests.Processes;

/// <summary>The membership snapshot a node process saved under its data directory.</summary>
internal static class SavedSnapshot
{
    /// <summary>
    /// Waits until the saved snapshot is at <paramref name="sequence"/> or later (the sequence a decision
    /// used), so a kill loses nothing the decision relied on. Waiting for a corridor's id is not enough: the
    /// file may hold the corridor still proposed, and the file is written at most once a second.
    /// </summary>
    public static Task ReachesAsync(NodeProcess node, long sequence) =>
        Eventually.Until(() => SavedSequence(node) >= sequence, TimeSpan.FromSeconds(10));

    private static long SavedSequence(NodeProcess node)
    {
        var path = Path.Combine(node.DataDirectory, "membership-snapshot.json");
        if (!File.Exists(path))
        {
            return -1;
        }
        try
        {
            using var saved = JsonDocument.Parse(File.ReadAllBytes(path));
            return saved.RootElement.GetProperty("Sequence").GetInt64();
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            // Caught between the write of the temporary file and its move: read it again next time.
            return -1;
        }
    }
}

using System.Text.Json;

namespace TravelCorridor.CertLogic.Bench;

/// <summary>The rules and data in bench/rules (shared with the Node side-by-side script), read from embedded copies.</summary>
public static class BenchRules
{
    public static readonly string[] Names = ["test-window", "vaccine-list", "reduce-tests"];

    public static JsonDocument Load(string name)
    {
        using var stream = typeof(BenchRules).Assembly.GetManifestResourceStream($"rules/{name}.json")
            ?? throw new InvalidOperationException($"missing embedded rule {name}");
        return JsonDocument.Parse(stream);
    }
}

using System.Globalization;

namespace TravelCorridor.Federation.Bench;

/// <summary>Samples of one propagation, in milliseconds, and their percentiles (nearest rank).</summary>
internal sealed class Latencies(string name)
{
    private readonly List<double> samples = [];

    public string Name { get; } = name;

    public void Add(TimeSpan elapsed) => samples.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {Name} | {samples.Count} | {Percentile(50):0} ms | {Percentile(99):0} ms | {samples.Min():0} ms | {samples.Max():0} ms |");
}

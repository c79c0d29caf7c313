using System.Globalization;

namespace TravelCorridor.Testing;

/// <summary>Reads sample values out of a Prometheus text-format scrape.</summary>
public static class PrometheusText
{
    /// <summary>The value of the first sample of <paramref name="metric"/> (any labels), or null when absent.</summary>
    public static double? Value(string scrape, string metric)
    {
        foreach (var line in scrape.Split('\n'))
        {
            if (!line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length || line[metric.Length] is not ('{' or ' '))
            {
                continue;
            }
            // name{labels} value [timestamp]; label values may hold spaces, never an unescaped closing brace.
            var rest = line[metric.Length] == '{' ? line[(line.LastIndexOf('}') + 1)..] : line[metric.Length..];
            var value = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            return double.Parse(value, CultureInfo.InvariantCulture);
        }
        return null;
    }
}

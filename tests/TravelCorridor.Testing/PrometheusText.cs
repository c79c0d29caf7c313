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

    /// <summary>
    /// The sum of every sample of <paramref name="metric"/> whose labels include each of <paramref name="labels"/>
    /// (others may be present too), or 0 when there is none: a counter a test expects to have risen.
    /// </summary>
    public static double Sum(string scrape, string metric, params (string Name, string Value)[] labels)
    {
        var total = 0.0;
        foreach (var line in scrape.Split('\n'))
        {
            if (!line.StartsWith(metric + "{", StringComparison.Ordinal) ||
                !labels.All(l => HasLabel(line, l.Name, l.Value)))
            {
                continue;
            }
            var value = line[(line.LastIndexOf('}') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            total += double.Parse(value, CultureInfo.InvariantCulture);
        }
        return total;
    }

    private static bool HasLabel(string line, string name, string value) =>
        line.Contains($"{{{name}=\"{value}\"", StringComparison.Ordinal) || line.Contains($",{name}=\"{value}\"", StringComparison.Ordinal);
}

using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using TravelCorridor.Decisions.RuleSets;

namespace TravelCorridor.Decisions.Tests.Support;

/// <summary>The meters of one test (no host, so no meter factory of its own) and the refusals counted on them, by reason.</summary>
internal sealed class RefusalCounter : IMeterFactory
{
    private readonly List<Meter> meters = [];
    private readonly MeterListener listener = new();

    public RefusalCounter()
    {
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (meters.Contains(instrument.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "reason")
                {
                    ByReason.AddOrUpdate((string)tag.Value!, value, (_, total) => total + value);
                }
            }
        });
        listener.Start();
    }

    public ConcurrentDictionary<string, long> ByReason { get; } = new();

    public RuleSetMetrics Metrics() => new(this);

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options);
        meters.Add(meter);
        return meter;
    }

    public void Dispose()
    {
        listener.Dispose();
        meters.ForEach(m => m.Dispose());
    }
}

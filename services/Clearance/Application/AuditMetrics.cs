using System.Diagnostics.Metrics;

namespace TravelCorridor.Clearance.Application;

/// <summary>
/// The audit log's group commit, as <c>travelcorridor_audit_batch_size</c> (decisions per transaction)
/// and <c>travelcorridor_audit_commit_duration_seconds</c> (from taking the write gate to the end of the
/// commit, flush included). Every decision waits for its batch's commit, so the second bounds the latency a
/// caller sees from the disk; a slow disk shows there first.
/// </summary>
public sealed class AuditMetrics
{
    public const string MeterName = "TravelCorridor.Clearance";

    private readonly Histogram<int> batchSize;
    private readonly Histogram<double> commitDuration;
    private readonly Counter<long> failed;

    public AuditMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        batchSize = meter.CreateHistogram<int>("travelcorridor.audit.batch.size", "{decision}",
            "Decisions written to the audit log in one transaction.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024] });
        commitDuration = meter.CreateHistogram<double>("travelcorridor.audit.commit.duration", "s",
            "Time to write and commit one batch of decisions, flush to disk included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1] });
        failed = meter.CreateCounter<long>("travelcorridor.audit.failed", "{decision}",
            "Decisions that could not be written (their callers got UNAVAILABLE AUDIT_LOG_UNAVAILABLE).");
    }

    public void Committed(int decisions, TimeSpan took)
    {
        batchSize.Record(decisions);
        commitDuration.Record(took.TotalSeconds);
    }

    public void Failed(int decisions) => failed.Add(decisions);
}

using System.Diagnostics.Metrics;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// Gauges of the snapshot, read at each scrape. On Prometheus (<c>/metrics</c>) they appear as
/// <c>travelcorridor_membership_snapshot_sequence</c>, <c>…_age_seconds</c>, <c>…_active_members</c> and
/// <c>…_connected</c>: the exporter turns dots into underscores, appends the unit <c>s</c> as
/// <c>_seconds</c> and drops annotation units such as <c>{member}</c>.
/// </summary>
internal sealed class MembershipSnapshotMetrics
{
    public const string MeterName = "TravelCorridor.MembershipSnapshot";

    public MembershipSnapshotMetrics(IMeterFactory meters, MembershipSnapshot snapshot, TimeProvider time)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("travelcorridor.membership_snapshot.sequence", () => snapshot.Current.Sequence,
            description: "Last membership change-log sequence the snapshot includes.");
        meter.CreateObservableGauge("travelcorridor.membership_snapshot.age", () => Age(snapshot, time), unit: "s",
            description: "Seconds since the snapshot was last confirmed current; 0 while connected.");
        meter.CreateObservableGauge("travelcorridor.membership_snapshot.active_members", () => snapshot.Current.ActiveMemberCount,
            unit: "{member}", description: "Active member states in the snapshot.");
        meter.CreateObservableGauge("travelcorridor.membership_snapshot.connected", () => snapshot.IsConnected ? 1 : 0,
            description: "1 while the snapshot follows membership's change log, else 0.");
    }

    private static IEnumerable<Measurement<double>> Age(MembershipSnapshot snapshot, TimeProvider time)
    {
        if (snapshot.IsConnected)
        {
            return [new Measurement<double>(0)];
        }
        // Nothing was ever loaded: there is no age to report, rather than a made-up one.
        return snapshot.Current.ConfirmedAt is { } confirmed
            ? [new Measurement<double>((time.GetUtcNow() - confirmed).TotalSeconds)]
            : [];
    }
}

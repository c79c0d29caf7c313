namespace TravelCorridor.Persistence;

/// <summary>Instants as every store keeps them.</summary>
public static class StoredTime
{
    /// <summary>
    /// Now in whole microseconds, the finest that every store keeps (PostgreSQL's timestamptz): an instant
    /// taken this way reads back exactly as it was written, on either engine, and a replica that stores
    /// it agrees with its origin field by field.
    /// </summary>
    public static DateTimeOffset GetUtcNowInMicroseconds(this TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}

namespace TravelCorridor.Messaging.Bus;

/// <summary>
/// A border system makes no outbound call its operator did not configure. MassTransit reports usage
/// to its vendor unless told not to; the bus turns that off, and this refuses to start a node whose
/// environment (<c>MASSTRANSIT_USAGE_TELEMETRY</c>, which MassTransit reads after our setting) would
/// turn it back on.
/// </summary>
public static class UsageTelemetryGuard
{
    public const string Variable = "MASSTRANSIT_USAGE_TELEMETRY";

    public static void EnsureNotReenabled(string? value)
    {
        var trimmed = value?.Trim();
        if (bool.TryParse(trimmed, out var enabled) && enabled || trimmed == "1")
        {
            throw new ArgumentException(
                $"{Variable}={value} would let MassTransit send usage reports to its vendor; a corridor node makes no such call. Unset it.");
        }
    }
}

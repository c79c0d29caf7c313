namespace TravelCorridor.Hosting.Health;

/// <summary>How often health checks run in the background (section <c>Health</c>); Check answers their last result.</summary>
internal sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>
    /// Time between two runs of every health check (<c>Health:RefreshPeriod</c>): how stale an answer
    /// of Check may be, and how long one check may take before it counts as unhealthy.
    /// </summary>
    public TimeSpan RefreshPeriod { get; set; } = TimeSpan.FromSeconds(5);

    public void Validate()
    {
        // The health check publisher refuses periods under a second.
        if (RefreshPeriod < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException($"{Section}:RefreshPeriod must be at least 00:00:01, got '{RefreshPeriod}'.");
        }
    }
}

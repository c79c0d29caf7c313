using TravelCorridor.Samples;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Eligibility.Bench;

/// <summary>A realistic application: business trip with a sponsor, insurance, two tests and three doses (the tests' sample).</summary>
public static class BenchApplication
{
    public static readonly DateTimeOffset Departure = SampleApplication.Departure;
    public static readonly DateTimeOffset Arrival = SampleApplication.Arrival;

    public static TravellerApplication Create() => SampleApplication.Full();
}

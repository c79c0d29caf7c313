using Microsoft.AspNetCore.Builder;
using TravelCorridor.Hosting.Modules;

namespace TravelCorridor.Eligibility;

/// <summary>Eligibility as a module of the node: member states' signed rule sets and decisions made with them.</summary>
public sealed class EligibilityModule : ICorridorModule
{
    public string Name => EligibilityRegistration.ServiceName;

    public void Add(WebApplicationBuilder builder) => builder.AddEligibility();

    public void Map(WebApplication app) => app.MapEligibility();
}

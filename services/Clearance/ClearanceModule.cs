using Microsoft.AspNetCore.Builder;
using TravelCorridor.Hosting.Modules;

namespace TravelCorridor.Clearance;

/// <summary>Clearance as a module of the node: decisions on travellers and manifests, signed passes, the audit log.</summary>
public sealed class ClearanceModule : ICorridorModule
{
    public string Name => ClearanceRegistration.ServiceName;

    public void Add(WebApplicationBuilder builder) => builder.AddClearance();

    public void Map(WebApplication app) => app.MapClearance();
}

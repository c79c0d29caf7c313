using Microsoft.AspNetCore.Builder;

namespace TravelCorridor.Hosting.Modules;

/// <summary>
/// A service a node can run: its name on the command line (<c>--services membership,eligibility</c>),
/// how it adds itself to the node and how it maps its endpoints. The node runs any subset of them
/// in one process, the same code as separate processes.
/// </summary>
public interface ICorridorModule
{
    /// <summary>Lower-case name used by <c>--services</c>, in health (<c>Check(service: "membership")</c>) and the banner.</summary>
    string Name { get; }

    void Add(WebApplicationBuilder builder);

    void Map(WebApplication app);
}

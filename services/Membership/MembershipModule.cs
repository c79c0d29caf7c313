using Microsoft.AspNetCore.Builder;
using TravelCorridor.Hosting.Modules;

namespace TravelCorridor.Membership;

/// <summary>Membership as a module of the node: member states, corridors and the trust list.</summary>
public sealed class MembershipModule : ICorridorModule
{
    public string Name => MembershipRegistration.ServiceName;

    public void Add(WebApplicationBuilder builder) => builder.AddMembership();

    public void Map(WebApplication app) => app.MapMembership();
}

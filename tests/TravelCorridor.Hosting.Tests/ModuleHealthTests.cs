using Grpc.Core;
using Grpc.Health.V1;
using TravelCorridor.Node;
using TravelCorridor.Testing;

namespace TravelCorridor.Hosting.Tests;

/// <summary>Health tells which services a node runs: each module has its own entry.</summary>
public sealed class ModuleHealthTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task Health_of_the_membership_module_is_serving()
    {
        var health = new global::Grpc.Health.V1.Health.HealthClient(fixture.Node.Channel);
        var response = await health.CheckAsync(new HealthCheckRequest { Service = "membership" });
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Health_of_a_module_the_node_does_not_run_is_not_found()
    {
        var health = new global::Grpc.Health.V1.Health.HealthClient(fixture.Node.Channel);
        var error = await Assert.ThrowsAsync<RpcException>(async () => await health.CheckAsync(new HealthCheckRequest { Service = "visas" }));
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public void An_unknown_service_on_the_command_line_is_refused_with_the_available_ones_named()
    {
        var error = Assert.Throws<ArgumentException>(() => CorridorNode.Build(["--services", "membership,visas"]));
        Assert.Equal("Unknown service 'visas' in --services; available: membership, eligibility, clearance.", error.Message);
    }
}

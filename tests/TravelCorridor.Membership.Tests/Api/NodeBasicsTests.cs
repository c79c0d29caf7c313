using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Tests.Api;

public sealed class NodeBasicsTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task A_started_node_reports_serving_health()
    {
        var health = new Health.HealthClient(fixture.Node.Channel);
        var response = await health.CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_membership_service()
    {
        var reflection = new ServerReflection.ServerReflectionClient(fixture.Node.Channel);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("travelcorridor.membership.v1.MembershipService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }

    [Fact]
    public async Task The_eleven_member_states_are_seeded_in_code_order()
    {
        var response = await fixture.Node.Membership.ListMemberStatesAsync(new ListMemberStatesRequest());
        Assert.Equal(["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"], response.MemberStates.Select(m => m.Code));
        Assert.All(response.MemberStates, m => Assert.Equal(MemberStateStatus.Active, m.Status));
        Assert.Equal("Timor-Leste", response.MemberStates.Single(m => m.Code == "TL").Name);
    }

    [Fact]
    public async Task Metrics_are_exposed_for_prometheus()
    {
        using var http = new HttpClient { DefaultRequestVersion = System.Net.HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
        var text = await http.GetStringAsync(new Uri(fixture.Node.Address, "/metrics"));
        Assert.Contains("travelcorridor_member=\"SG\"", text);
    }
}

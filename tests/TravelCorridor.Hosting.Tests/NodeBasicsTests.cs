using System.Diagnostics;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using TravelCorridor.Diagnostics.V1;
using TravelCorridor.Membership.V1;
using TravelCorridor.Testing;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace TravelCorridor.Hosting.Tests;

public sealed class NodeBasicsTests(NodeFixture fixture) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task A_starting_node_answers_health_with_a_status_from_the_first_call_until_serving()
    {
        // Health answers from a cache, and before its first fill it must still answer a status:
        // NOT_FOUND, an RpcException, would fail the test at once.
        await using var node = await NodeHost.StartAsync("SG");
        var health = new global::Grpc.Health.V1.Health.HealthClient(node.Channel);
        var answers = new List<ServingStatus>();
        await Eventually.Until(async () =>
        {
            answers.Add((await health.CheckAsync(new HealthCheckRequest())).Status);
            return answers[^1] == ServingStatus.Serving;
        }, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(20));
        Assert.All(answers, a => Assert.True(a is ServingStatus.NotServing or ServingStatus.Serving, $"answered {a}"));
    }

    [Fact]
    public async Task Health_keeps_answering_serving_across_refreshes_of_its_cache()
    {
        await fixture.Node.WaitUntilServingAsync(TimeSpan.FromSeconds(30));
        var health = new global::Grpc.Health.V1.Health.HealthClient(fixture.Node.Channel);
        // Sampled over three refreshes: one that published anything but SERVING would show.
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < NodeHost.HealthRefreshPeriod * 3)
        {
            Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Ping_answers_without_a_token()
    {
        var diagnostics = new DiagnosticsService.DiagnosticsServiceClient(fixture.Node.Channel);
        Assert.Equal(new PingResponse(), await diagnostics.PingAsync(new PingRequest()));
    }

    [Fact]
    public async Task Reflection_lists_the_membership_diagnostics_and_health_services()
    {
        var reflection = new ServerReflection.ServerReflectionClient(fixture.Node.Channel);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("travelcorridor.membership.v1.MembershipService", services);
        Assert.Contains("grpc.health.v1.Health", services);
        Assert.Contains("travelcorridor.diagnostics.v1.DiagnosticsService", services);
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

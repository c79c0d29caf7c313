using System.Diagnostics;
using System.Text.Json.Nodes;
using Grpc.Core;
using TravelCorridor.Eligibility.Tests.Support;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Eligibility.Tests.Api;

/// <summary>
/// A rule set within every documented limit can still ask for a lot of work — a reduce over a 1,000-entry value
/// set with a lambda of 1,800 JSON values, in five rules, for a hundred cases. Each evaluation is bounded (a
/// reduce step costs its lambda's size), and their sum per call is bounded by the call's budget (50 ms here, so
/// the test does not depend on the machine's speed); a caller runs two trial calls at once (<see cref="TrialCallsTests"/>).
/// </summary>
public sealed class TrialBudgetTests : IAsyncLifetime
{
    private NodeHost node = null!;

    public async Task InitializeAsync()
    {
        node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?> { ["Eligibility:TestCallBudget"] = "00:00:00.05" });
        await node.WaitUntilServingAsync();
        await Corridors.OpenAsync(node, "MY", "SG", 14, TravelPurpose.EssentialBusiness); // or no rule is reached
    }

    public async Task DisposeAsync() => await node.DisposeAsync();

    [Fact]
    public async Task A_test_call_that_would_take_long_stops_at_its_budget_with_resource_exhausted()
    {
        var elapsed = Stopwatch.StartNew();

        var status = await RpcAssert.FailsWith(StatusCode.ResourceExhausted, () => TestAsync("observer-1"), "TEST_BUDGET_EXCEEDED");

        Assert.Contains("Eligibility:TestCallBudget", status!.Message);
        Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {elapsed.Elapsed.TotalSeconds:0.0} s");
    }

    private Task TestAsync(string subject)
    {
        var lambda = $$"""{"and":[{{string.Join(",", Enumerable.Repeat("""{"===":[{"var":"current"},{"var":"current"}]}""", 300))}}]}""";
        var logic = $$"""{"reduce":[{"var":"external.valueSets.bomb"},{{lambda}},true]}""";
        var document = RuleSetDocuments.Document("SG", 1, DateTimeOffset.UtcNow.AddDays(-1),
            Enumerable.Range(1, 5).Select(i => RuleSetDocuments.Rule("SG", i, logic)),
            new JsonObject { ["bomb"] = new JsonArray([.. Enumerable.Range(0, 1_000).Select(i => JsonValue.Create($"v{i:D4}"))]) });
        var request = new TestRuleSetRequest { RuleSetJson = document };
        for (var i = 0; i < 100; i++)
        {
            request.Cases.Add(new RuleSetTestCase { Name = $"case {i}", Application = Travellers.BusinessTrip() });
        }
        var call = new EligibilityService.EligibilityServiceClient(node.Channel).TestRuleSetAsync(request,
            new Metadata { { "Authorization", $"Bearer {Token(subject)}" } });
        return call.ResponseAsync;
    }

    private string Token(string subject) =>
        DevelopmentTokens.Issue(node.Services.GetService(typeof(DevelopmentSigningKey)) as DevelopmentSigningKey ?? throw new InvalidOperationException(),
            CorridorRoles.Observer, null, subject, DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
}

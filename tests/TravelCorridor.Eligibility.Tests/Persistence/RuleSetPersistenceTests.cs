using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Eligibility.Data;
using TravelCorridor.Eligibility.Tests.Support;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Testing;

namespace TravelCorridor.Eligibility.Tests.Persistence;

/// <summary>Published rule sets on SQLite (the default) and on a real PostgreSQL server.</summary>
public sealed class RuleSetPersistenceTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    public static TheoryData<string> Providers => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Published_rule_sets_survive_a_restart_compiled_and_byte_identical(string provider)
    {
        var settings = new Dictionary<string, string?> { ["Eligibility:MinimumLeadTime"] = "00:00:00", ["Eligibility:SeedBaselineRules"] = "false" };
        if (provider == "postgres")
        {
            settings["ConnectionStrings:eligibility"] = await postgres.CreateDatabaseAsync($"eligibility_{Guid.NewGuid():N}");
        }
        var node = await NodeHost.StartAsync("SG", settings: settings);
        var author = new RuleSetAuthor("SG", "sg-rules-persist");
        await author.RegisterAsync(node);
        var snapshot = node.Services.GetRequiredService<IMembershipSnapshot>();
        await Eventually.Until(() => snapshot.Current.FindKey("SG", author.KeyId) is not null, TimeSpan.FromSeconds(10));
        var signed = new List<string>();
        var eligibility = new EligibilityService.EligibilityServiceClient(node.Channel);
        foreach (var version in new[] { 1, 2 })
        {
            signed.Add(author.Sign(RuleSetDocuments.Document("SG", version, DateTimeOffset.UtcNow.AddMinutes(version),
                [RuleSetDocuments.StayAtMost("SG", 1, 10 + version)])));
            await eligibility.PublishRuleSetAsync(new PublishRuleSetRequest { SignedRuleSet = signed[^1] }, node.As(CorridorRoles.MemberAdmin, "SG"));
        }

        await using var restarted = await node.RestartAsync();
        eligibility = new EligibilityService.EligibilityServiceClient(restarted.Channel);
        var versions = await eligibility.ListRuleSetVersionsAsync(new ListRuleSetVersionsRequest { Member = "SG" });
        var second = await eligibility.GetRuleSetAsync(new GetRuleSetRequest { Member = "SG", Version = 2 });
        var watched = eligibility.WatchRuleSets(new WatchRuleSetsRequest());
        var firstWatched = await NextAsync(watched);

        Assert.Equal([2L, 1L], versions.Versions.Select(v => v.Version));
        Assert.Equal(signed[1], second.RuleSet.SignedRuleSet);
        var logic = System.Text.Json.JsonDocument.Parse(second.RuleSet.Rules[0].EnvelopeJson).RootElement.GetProperty("Logic");
        Assert.Equal(12, logic.GetProperty("<=")[1].GetInt32());
        Assert.Equal((1L, signed[0]), (firstWatched.RuleSet.Version, firstWatched.RuleSet.SignedRuleSet));
        await Eventually.Until(async () => await restarted.UnsentOutboxAsync<EligibilityDbContext>() == 0, TimeSpan.FromSeconds(10));
    }

    private static async Task<WatchRuleSetsResponse> NextAsync(AsyncServerStreamingCall<WatchRuleSetsResponse> call)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.True(await call.ResponseStream.MoveNext(deadline.Token));
        return call.ResponseStream.Current;
    }
}

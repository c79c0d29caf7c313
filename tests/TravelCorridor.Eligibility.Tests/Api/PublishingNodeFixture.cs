using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Eligibility.Tests.Support;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Testing;

namespace TravelCorridor.Eligibility.Tests.Api;

/// <summary>
/// A lone SG node on a clock the tests move, with the default 48-hour lead time and no baseline seed;
/// each test publishes for its own member so versions do not collide.
/// </summary>
public sealed class PublishingNodeFixture : IAsyncLifetime
{
    public static readonly TimeSpan Lead = TimeSpan.FromHours(49);

    public ShiftedClock Clock { get; } = new();

    public NodeHost Node { get; private set; } = null!;

    public EligibilityService.EligibilityServiceClient Eligibility { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?> { ["Eligibility:SeedBaselineRules"] = "false" }, addMore: builder => builder.Services.AddSingleton<TimeProvider>(Clock));
        Eligibility = new EligibilityService.EligibilityServiceClient(Node.Channel);
    }

    /// <summary>
    /// Tokens are checked against the system clock, not the node's TimeProvider, so they are issued at
    /// real time however far the clock was moved.
    /// </summary>
    public global::Grpc.Core.CallOptions As(string role, string? member = null) => Node.As(role, member);

    /// <summary>An author for <paramref name="member"/> whose RULES key the node's snapshot already holds.</summary>
    internal async Task<RuleSetAuthor> AuthorAsync(string member, string keyId)
    {
        var author = new RuleSetAuthor(member, keyId);
        await author.RegisterAsync(Node, options: As(CorridorRoles.MemberAdmin, member));
        var snapshot = Node.Services.GetRequiredService<IMembershipSnapshot>();
        await Eventually.Until(() => snapshot.Current.FindKey(member, keyId) is not null, TimeSpan.FromSeconds(10));
        return author;
    }

    internal Task<PublishRuleSetResponse> PublishAsync(RuleSetAuthor author, string document) =>
        Eligibility.PublishRuleSetAsync(new PublishRuleSetRequest { SignedRuleSet = author.Sign(document) },
            As(CorridorRoles.MemberAdmin, author.Member)).ResponseAsync;

    public async Task DisposeAsync() => await Node.DisposeAsync();
}

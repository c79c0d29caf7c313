using TravelCorridor.Eligibility.Tests.Support;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;
using Microsoft.Extensions.DependencyInjection;

namespace TravelCorridor.Eligibility.Tests.Api;

/// <summary>
/// A lone SG node set up for every decision path: corridors MY-SG (business and official, 14 days) and
/// TH-SG open with TH then suspended, no corridor ID-SG, and SG's rule set version 1 in force, whose
/// rules fail or do not apply depending on what an application holds (see <see cref="Rules"/>).
/// </summary>
public sealed class DecisionNodeFixture : IAsyncLifetime
{
    public NodeHost Node { get; private set; } = null!;

    public EligibilityService.EligibilityServiceClient Eligibility { get; private set; } = null!;

    internal RuleSetAuthor Singapore { get; } = new("SG", "sg-rules-1");

    /// <summary>
    /// 0001 stay ≤ 10 days (DENY, also in Malay); 0002 a vaccination present (REFER); 0003 only for
    /// travellers from TH; 0004 only for OFFICIAL travel; 0005 fails to evaluate unless the itinerary is
    /// controlled (an error).
    /// </summary>
    internal static IEnumerable<System.Text.Json.Nodes.JsonObject> Rules() =>
    [
        RuleSetDocuments.Rule("SG", 1, """{ "<=": [ { "var": "payload.trip.stayDays" }, 10 ] }""",
            description: "The stay is at most 10 days", otherLanguages: [("ms", "Tempoh tinggal tidak melebihi 10 hari")]),
        RuleSetDocuments.Rule("SG", 2, """{ "!": [ { "!": [ { "var": "payload.health.vaccinations.0" } ] } ] }""", outcome: "REFER",
            description: "A vaccination record is presented"),
        RuleSetDocuments.Rule("SG", 3, """{ "===": [ { "var": "payload.trip.origin" }, "TH" ] }""", origins: ["TH"],
            description: "Only for travellers from Thailand"),
        RuleSetDocuments.Rule("SG", 4, """{ "===": [ { "var": "payload.trip.purpose" }, "OFFICIAL" ] }""", purposes: ["OFFICIAL"],
            description: "Only for official travel"),
        RuleSetDocuments.Rule("SG", 5,
            """{ "if": [ { "var": "payload.trip.controlledItinerary" }, true, { "after": [ { "plusTime": [ { "var": "payload.traveller.familyName" }, 0, "day" ] }, { "plusTime": [ "2000-01-01", 0, "day" ] } ] } ] }""",
            description: "A controlled itinerary, or a check that cannot be evaluated"),
    ];

    public async Task InitializeAsync()
    {
        Node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?> { ["Eligibility:MinimumLeadTime"] = "00:00:00", ["Eligibility:SeedBaselineRules"] = "false" });
        Eligibility = new EligibilityService.EligibilityServiceClient(Node.Channel);
        await Corridors.OpenAsync(Node, "SG", "MY", 14, TravelPurpose.EssentialBusiness, TravelPurpose.Official);
        await Corridors.OpenAsync(Node, "SG", "TH", 14, TravelPurpose.EssentialBusiness, TravelPurpose.Official);
        await Node.Membership.SuspendMemberStateAsync(new SuspendMemberStateRequest { Code = "TH", Reason = "test" },
            Node.As(CorridorRoles.CorridorAdmin));
        var snapshot = Node.Services.GetRequiredService<IMembershipSnapshot>();
        await Eventually.Until(() => snapshot.Current.FindCorridor("MY-SG") is { Status: CorridorStatus.Open } &&
            snapshot.Current.FindMember("TH") is { IsActive: false }, TimeSpan.FromSeconds(10));

        await Singapore.RegisterAsync(Node);
        await Eventually.Until(() => snapshot.Current.FindKey("SG", Singapore.KeyId) is not null, TimeSpan.FromSeconds(10));
        var document = RuleSetDocuments.Document("SG", 1, DateTimeOffset.UtcNow.AddMinutes(1), Rules(),
            new System.Text.Json.Nodes.JsonObject { ["accepted-test-types"] = new System.Text.Json.Nodes.JsonArray("PCR") });
        await Eligibility.PublishRuleSetAsync(new PublishRuleSetRequest { SignedRuleSet = Singapore.Sign(document) },
            Node.As(CorridorRoles.MemberAdmin, "SG"));
    }

    public async Task<Decision> DecideAsync(TravellerApplication application, string language = "") =>
        (await Eligibility.EvaluateEligibilityAsync(new EvaluateEligibilityRequest { Application = application, LanguageCode = language },
            Node.As(CorridorRoles.BorderOfficer, "SG"))).Decision;

    public async Task DisposeAsync() => await Node.DisposeAsync();
}

using TravelCorridor.Clearance.V1;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;
using TravelCorridor.Type.V1;
using ClearanceProto = TravelCorridor.Clearance.V1.Clearance;

namespace TravelCorridor.Clearance.Tests.Api;

/// <summary>
/// A lone SG node with the baseline rule sets, the corridor MY-SG open for essential business, and the
/// node's own PASSES key in the trust list, so its passes verify.
/// </summary>
public sealed class ClearanceNodeFixture : IAsyncLifetime
{
    public NodeHost Node { get; private set; } = null!;

    public ClearanceService.ClearanceServiceClient Clearance { get; private set; } = null!;

    public EligibilityService.EligibilityServiceClient Eligibility { get; private set; } = null!;

    /// <summary>The node's HTTP/1.1 address (REST/JSON, gRPC-Web, OpenAPI).</summary>
    public Uri HttpAddress { get; } = new($"http://127.0.0.1:{FreePort.Next()}");

    public async Task InitializeAsync()
    {
        Node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["Eligibility:SeedBaselineRules"] = "true",
            ["Node:HttpUrls"] = HttpAddress.ToString().TrimEnd('/'),
        });
        Clearance = new ClearanceService.ClearanceServiceClient(Node.Channel);
        Eligibility = new EligibilityService.EligibilityServiceClient(Node.Channel);
        await Corridors.OpenAsync(Node, "MY", "SG", 14, TravelPurpose.EssentialBusiness);
        await PassesKeys.RegisterAsync(Node);
    }

    public global::Grpc.Core.CallOptions Officer(string member = "SG") => Node.As(CorridorRoles.BorderOfficer, member);

    public async Task<ClearanceProto> ClearAsync(TravellerApplication application, string member = "SG") =>
        (await Clearance.ClearTravellerAsync(new ClearTravellerRequest { Application = application }, Officer(member))).Clearance;

    public async Task DisposeAsync() => await Node.DisposeAsync();
}

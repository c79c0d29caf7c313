using System.Text;
using System.Text.Json.Nodes;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Signing;

namespace TravelCorridor.Testing;

/// <summary>SG's example rule set (docs/examples/sg-rule-set.json), for tests whose node takes sets in force at once.</summary>
public static class ExampleRuleSet
{
    /// <summary>docs/examples/sg-rule-set.json as version 1 from now, signed by a RULES key registered for it.</summary>
    /// <remarks>The node must run membership and eligibility with <c>Eligibility:MinimumLeadTime</c> 0.</remarks>
    public static async Task PublishAsync(NodeProcess node)
    {
        using var key = EcSigningKey.Create("sg-rules-own-process");
        await node.Membership.AddTrustedKeyAsync(TrustedKeyRequests.For("SG", key, KeyUse.Rules), node.As(CorridorRoles.MemberAdmin, "SG"));
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(NodeScript.RepositoryRoot(), "docs/examples/sg-rule-set.json")))!;
        var now = DateTimeOffset.UtcNow;
        document["validFrom"] = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(2).ToString("yyyy-MM-ddTHH:mm:ssZ");
        var signed = CompactJws.Sign(key, Encoding.UTF8.GetBytes(document.ToJsonString()));
        var eligibility = new EligibilityService.EligibilityServiceClient(node.Channel);
        await Eventually.Until(async () =>
        {
            try
            {
                await eligibility.PublishRuleSetAsync(new PublishRuleSetRequest { SignedRuleSet = signed }, node.As(CorridorRoles.MemberAdmin, "SG"));
                return true;
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.InvalidArgument)
            {
                return false; // the key may not be in eligibility's snapshot yet
            }
        }, TimeSpan.FromSeconds(20));
    }
}

using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.MembershipSnapshot;

namespace TravelCorridor.Testing;

/// <summary>What a member's admin does once per node: put the node's PASSES key in the trust list, so its passes verify.</summary>
public static class PassesKeys
{
    /// <summary>Adds <paramref name="node"/>'s PASSES key (on its own node) and waits until its snapshot has it.</summary>
    public static async Task RegisterAsync(NodeHost node)
    {
        var key = node.Services.GetRequiredService<NodeClearanceKeys>().PassesKey;
        await node.Membership.AddTrustedKeyAsync(TrustedKeyRequests.For(node.Member, key, KeyUse.Passes), node.As(CorridorRoles.MemberAdmin, node.Member));
        var snapshot = node.Services.GetRequiredService<IMembershipSnapshot>();
        await Eventually.Until(() => snapshot.Current.FindKey(node.Member, key.KeyId) is not null, TimeSpan.FromSeconds(10));
    }
}

using TravelCorridor.Kernel;

namespace TravelCorridor.Hosting;

/// <summary>Refuses to start a node whose member code could not name its queues and events.</summary>
internal static class NodeIdentity
{
    public static void Validate(NodeOptions node)
    {
        if (!MemberCode.IsValid(node.Member))
        {
            throw new ArgumentException(
                $"Node:Member must be an ISO 3166-1 alpha-2 code in capitals such as SG, got '{node.Member}'.");
        }
    }
}

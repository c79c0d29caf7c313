using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Hosting;

/// <summary>
/// Where a record may be written: each service names the node that owns each kind of record, so two nodes
/// never make conflicting changes to it. A lone node (no broker: nobody to disagree with) owns every
/// record, so the single-process node stays a complete sandbox.
/// </summary>
public sealed class WritePlacement(IOptions<NodeOptions> node, IConfiguration configuration)
{
    public bool IsAlone { get; } = string.IsNullOrWhiteSpace(configuration.GetConnectionString("RabbitMq"));

    /// <summary>This node's member code.</summary>
    public string Here => node.Value.Member;

    /// <exception cref="FailedPreconditionException">WRITE_BELONGS_TO_ANOTHER_NODE, unless <paramref name="owned"/> or this node is alone.</exception>
    public void Ensure(bool owned, IReadOnlyList<string> owners, string what, string message)
    {
        if (!owned && !IsAlone)
        {
            throw new FailedPreconditionException("WRITE_BELONGS_TO_ANOTHER_NODE", $"{message} This is {Here}'s node.",
                new Dictionary<string, string> { ["record"] = what, ["owner_node"] = string.Join(",", owners), ["this_node"] = Here });
        }
    }
}

using Microsoft.Extensions.Options;
using TravelCorridor.Hosting;
using TravelCorridor.Messaging.Authenticity;

namespace TravelCorridor.Membership.Application;

/// <summary>
/// Which node may write what, so that two nodes never make conflicting changes to a record only one
/// of them owns: a member's keys on that member's own node; member-state status on the secretariat's
/// node; a corridor on the node of either of its two members (the one case with two writers, settled
/// by the change order every node applies). A lone node (no broker: nobody to disagree with) owns
/// every record, so the single-process node stays a complete sandbox.
/// </summary>
public sealed class WriteOwnership(WritePlacement placement, IOptions<MembershipOptions> options, TrustAnchors anchors)
{
    private string Here => placement.Here;

    /// <summary>The secretariat's member code: configured, else the corridor file's, else this node (a lone node).</summary>
    public string Secretariat =>
        !string.IsNullOrEmpty(options.Value.Secretariat) ? options.Value.Secretariat : anchors.Secretariat ?? Here;

    public void EnsureMemberStatusIsWrittenHere() =>
        Ensure(Here == Secretariat, [Secretariat], "member-state status",
            $"Member states are admitted, suspended and reinstated on the corridor secretariat's node ({Secretariat}).");

    public void EnsureKeysAreWrittenHere(string member) =>
        Ensure(Here == member, [member], "trust-list keys",
            $"Keys of {member} are added and revoked on {member}'s own node.");

    public void EnsureCorridorIsWrittenHere(string corridorId, string memberA, string memberB) =>
        Ensure(Here == memberA || Here == memberB, [memberA, memberB], "corridor",
            $"Corridor {corridorId} is changed on the node of one of its members ({memberA} or {memberB}).");

    private void Ensure(bool owned, IReadOnlyList<string> owners, string what, string message) =>
        placement.Ensure(owned, owners, what, message);
}

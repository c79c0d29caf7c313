using TravelCorridor.Messaging.Replication;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Membership.Domain;

/// <summary>
/// A bilateral arrangement between two member states, identified by both codes in alphabetical
/// order (<c>MY-SG</c>); there is at most one per pair, and new terms are proposed on the same one.
/// </summary>
public sealed class Corridor : IVersioned
{
    public required string Id { get; init; }

    public required string ProposingMember { get; set; }

    public required string PartnerMember { get; set; }

    public List<string> Purposes { get; set; } = [];

    public int MaxStayDays { get; set; }

    public CorridorStatus Status { get; set; }

    public string StatusReason { get; set; } = "";

    public DateTimeOffset ProposedAt { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    public long Version { get; set; }

    /// <summary>Member code of the node where the change that produced this state was made; empty for seeds.</summary>
    public string ChangedBy { get; set; } = "";

    public bool Involves(string member) => ProposingMember == member || PartnerMember == member;

    /// <summary>Usable only while open and both member states are active: the one home of this rule.</summary>
    public bool IsUsable(IReadOnlySet<string> activeMembers) =>
        Status == CorridorStatus.Open && activeMembers.Contains(ProposingMember) && activeMembers.Contains(PartnerMember);

    public void Propose(string proposing, string partner, IEnumerable<string> purposes, int maxStayDays, DateTimeOffset now)
    {
        if (Version > 0 && Status != CorridorStatus.Suspended)
        {
            throw new FailedPreconditionException("CORRIDOR_EXISTS",
                $"Corridor {Id} is {Status.ToString().ToLowerInvariant()}; suspend it before proposing new terms.",
                Detail());
        }
        ProposingMember = proposing;
        PartnerMember = partner;
        Purposes = purposes.Distinct().Order(StringComparer.Ordinal).ToList();
        MaxStayDays = maxStayDays;
        Status = CorridorStatus.Proposed;
        StatusReason = "";
        ProposedAt = now;
        StatusChangedAt = now;
        Version++;
    }

    public void Accept(string accepting, DateTimeOffset now)
    {
        if (Status != CorridorStatus.Proposed)
        {
            throw new FailedPreconditionException("CORRIDOR_NOT_PROPOSED",
                $"Corridor {Id} is {Status.ToString().ToLowerInvariant()}, not proposed.", Detail());
        }
        if (accepting != PartnerMember)
        {
            throw new FailedPreconditionException("CONSENT_NEEDED_FROM_PARTNER",
                $"Corridor {Id} was proposed by {ProposingMember}; only {PartnerMember} can accept it.", Detail());
        }
        Status = CorridorStatus.Open;
        StatusChangedAt = now;
        Version++;
    }

    public void Suspend(string reason, DateTimeOffset now)
    {
        if (Status == CorridorStatus.Suspended)
        {
            throw new FailedPreconditionException("CORRIDOR_ALREADY_SUSPENDED", $"Corridor {Id} is already suspended.", Detail());
        }
        Status = CorridorStatus.Suspended;
        StatusReason = reason;
        StatusChangedAt = now;
        Version++;
    }

    private Dictionary<string, string> Detail() =>
        new() { ["corridor_id"] = Id, ["status"] = Status.ToString().ToUpperInvariant() };
}

using TravelCorridor.Messaging.Replication;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Membership.Domain;

/// <summary>A member state of the framework and its status. <see cref="Version"/> grows on every change.</summary>
public sealed class MemberState : IVersioned
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    public MemberStatus Status { get; set; }

    public string StatusReason { get; set; } = "";

    public DateTimeOffset AdmittedAt { get; set; }

    public DateTimeOffset StatusChangedAt { get; set; }

    public long Version { get; set; }

    /// <summary>Member code of the node where the change that produced this state was made; empty for seeds.</summary>
    public string ChangedBy { get; set; } = "";

    public bool IsActive => Status == MemberStatus.Active;

    public void Suspend(string reason, DateTimeOffset now) => ChangeStatus(MemberStatus.Suspended, reason, now);

    public void Reinstate(string reason, DateTimeOffset now) => ChangeStatus(MemberStatus.Active, reason, now);

    private void ChangeStatus(MemberStatus target, string reason, DateTimeOffset now)
    {
        if (Status == target)
        {
            throw new FailedPreconditionException(
                target == MemberStatus.Suspended ? "MEMBER_ALREADY_SUSPENDED" : "MEMBER_NOT_SUSPENDED",
                $"Member state {Code} is already {target.ToString().ToLowerInvariant()}.",
                new Dictionary<string, string> { ["member"] = Code, ["status"] = Status.ToString().ToUpperInvariant() });
        }
        Status = target;
        StatusReason = reason;
        StatusChangedAt = now;
        Version++;
    }
}

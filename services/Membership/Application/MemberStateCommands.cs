using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Membership.Application;

/// <summary>Admitting, suspending and reinstating member states (the corridor secretariat's changes).</summary>
public sealed class MemberStateCommands(UnitOfWork<MembershipDbContext> uow, WriteOwnership ownership)
{
    public async Task<MemberState> AdmitAsync(string code, string name, CancellationToken cancellationToken)
    {
        ownership.EnsureMemberStatusIsWrittenHere();
        using var _ = await uow.LockAsync(cancellationToken);
        if (await uow.Db.MemberStates.FindAsync([code], cancellationToken) is not null)
        {
            throw new AlreadyExistsException("MEMBER_ALREADY_ADMITTED", $"Member state '{code}' is already a member.",
                new Dictionary<string, string> { ["member"] = code });
        }
        var member = new MemberState
        {
            Code = code,
            Name = name,
            Status = MemberStatus.Active,
            AdmittedAt = uow.Now,
            StatusChangedAt = uow.Now,
            Version = 1,
        };
        uow.Db.MemberStates.Add(member);
        var header = uow.NewHeader(member.Version);
        uow.RecordLocal(member, MembershipEvents.Admitted(member, header));
        await uow.SaveAsync(cancellationToken);
        return member;
    }

    public Task<MemberState> SuspendAsync(string code, string reason, CancellationToken cancellationToken) =>
        ChangeStatusAsync(code, m => m.Suspend(reason, uow.Now), cancellationToken);

    public Task<MemberState> ReinstateAsync(string code, string reason, CancellationToken cancellationToken) =>
        ChangeStatusAsync(code, m => m.Reinstate(reason, uow.Now), cancellationToken);

    private async Task<MemberState> ChangeStatusAsync(string code, Action<MemberState> change, CancellationToken cancellationToken)
    {
        ownership.EnsureMemberStatusIsWrittenHere();
        using var _ = await uow.LockAsync(cancellationToken);
        var member = await uow.Db.MemberStates.FindAsync([code], cancellationToken) ?? throw MembershipErrors.MemberNotFound(code);
        change(member);
        var header = uow.NewHeader(member.Version);
        uow.RecordLocal(member, MembershipEvents.StatusChanged(member, header));
        await uow.SaveAsync(cancellationToken);
        return member;
    }
}

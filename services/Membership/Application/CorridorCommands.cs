using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Kernel;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Membership.Application;

/// <summary>Opening corridors by consent: one member proposes, the partner accepts, either suspends.</summary>
public sealed class CorridorCommands(UnitOfWork<MembershipDbContext> uow, WriteOwnership ownership)
{
    public async Task<Corridor> ProposeAsync(string proposing, string partner, IReadOnlyCollection<string> purposes,
        int maxStayDays, CancellationToken cancellationToken)
    {
        ownership.EnsureCorridorIsWrittenHere(CorridorIds.For(proposing, partner), proposing, partner);
        using var _ = await uow.LockAsync(cancellationToken);
        await RequireActiveAsync(proposing, cancellationToken);
        await RequireActiveAsync(partner, cancellationToken);
        var id = CorridorIds.For(proposing, partner);
        var corridor = await uow.Db.Corridors.FindAsync([id], cancellationToken);
        if (corridor is null)
        {
            corridor = new Corridor { Id = id, ProposingMember = proposing, PartnerMember = partner };
            uow.Db.Corridors.Add(corridor);
        }
        corridor.Propose(proposing, partner, purposes, maxStayDays, uow.Now);
        var header = uow.NewHeader(corridor.Version);
        uow.RecordLocal(corridor, MembershipEvents.Proposed(corridor, header));
        await uow.SaveAsync(cancellationToken);
        return corridor;
    }

    public async Task<Corridor> AcceptAsync(string id, string accepting, CancellationToken cancellationToken)
    {
        using var _ = await uow.LockAsync(cancellationToken);
        var corridor = await LoadAsync(id, accepting, cancellationToken);
        await RequireActiveAsync(corridor.ProposingMember, cancellationToken);
        await RequireActiveAsync(corridor.PartnerMember, cancellationToken);
        corridor.Accept(accepting, uow.Now);
        var header = uow.NewHeader(corridor.Version);
        uow.RecordLocal(corridor, MembershipEvents.Opened(corridor, header));
        await uow.SaveAsync(cancellationToken);
        return corridor;
    }

    public async Task<Corridor> SuspendAsync(string id, string suspending, string reason, CancellationToken cancellationToken)
    {
        using var _ = await uow.LockAsync(cancellationToken);
        var corridor = await LoadAsync(id, suspending, cancellationToken);
        corridor.Suspend(reason, uow.Now);
        var header = uow.NewHeader(corridor.Version);
        uow.RecordLocal(corridor, MembershipEvents.Suspended(corridor, suspending, header));
        await uow.SaveAsync(cancellationToken);
        return corridor;
    }

    private async Task<Corridor> LoadAsync(string id, string actingMember, CancellationToken cancellationToken)
    {
        var corridor = await uow.Db.Corridors.FindAsync([id], cancellationToken) ?? throw MembershipErrors.CorridorNotFound(id);
        ownership.EnsureCorridorIsWrittenHere(id, corridor.ProposingMember, corridor.PartnerMember);
        if (!corridor.Involves(actingMember))
        {
            throw new PermissionDeniedException("NOT_A_CORRIDOR_MEMBER",
                $"Member state '{actingMember}' is not a party to corridor {id}.",
                new Dictionary<string, string> { ["corridor_id"] = id, ["member"] = actingMember });
        }
        return corridor;
    }

    private async Task RequireActiveAsync(string code, CancellationToken cancellationToken)
    {
        var member = await uow.Db.MemberStates.FindAsync([code], cancellationToken) ?? throw MembershipErrors.MemberNotFound(code);
        if (!member.IsActive)
        {
            throw MembershipErrors.MemberSuspended(code);
        }
    }
}

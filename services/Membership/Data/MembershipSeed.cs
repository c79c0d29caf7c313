using Microsoft.EntityFrameworkCore;
using TravelCorridor.Membership.Domain;
using TravelCorridor.Persistence;

namespace TravelCorridor.Membership.Data;

/// <summary>Inserts the founding member states that are missing; leaves existing ones as they are.</summary>
internal sealed class MembershipSeed : ISeedData<MembershipDbContext>
{
    public async Task SeedAsync(MembershipDbContext db, CancellationToken cancellationToken)
    {
        var present = await db.MemberStates.Select(m => m.Code).ToListAsync(cancellationToken);
        foreach (var member in FoundingMembers.All.Where(m => !present.Contains(m.Code)))
        {
            db.MemberStates.Add(FoundingMembers.Create(member));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Type.V1;

namespace TravelCorridor.Testing;

/// <summary>Opens corridors on a lone node (which owns every write) and waits until its snapshot sees them.</summary>
public static class Corridors
{
    public static async Task OpenAsync(NodeHost node, string proposer, string partner, int maxStayDays = 14, params TravelPurpose[] purposes)
    {
        await node.Membership.ProposeCorridorAsync(new ProposeCorridorRequest
        {
            ProposingMember = proposer,
            PartnerMember = partner,
            MaxStayDays = maxStayDays,
            Purposes = { purposes.Length > 0 ? purposes : [TravelPurpose.EssentialBusiness] },
        }, node.As(CorridorRoles.MemberAdmin, proposer));
        var id = CorridorEntry.IdOf(proposer, partner);
        await node.Membership.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = id, AcceptingMember = partner },
            node.As(CorridorRoles.MemberAdmin, partner));
        var snapshot = node.Services.GetRequiredService<IMembershipSnapshot>();
        await Eventually.Until(() => snapshot.Current.FindCorridor(id)?.Status == CorridorStatus.Open, TimeSpan.FromSeconds(10));
    }
}

using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Type.V1;
using TravelCorridor.Kernel;

namespace TravelCorridor.Testing;

/// <summary>Opens corridors on a lone node (which owns every write) and waits until its decisions see them.</summary>
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
        var id = CorridorIds.For(proposer, partner);
        await node.Membership.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = id, AcceptingMember = partner },
            node.As(CorridorRoles.MemberAdmin, partner));
        var snapshot = node.Services.GetRequiredService<IMembershipSnapshot>();
        await Eventually.Until(() => snapshot.Current.FindCorridor(id)?.Status == CorridorStatus.Open, TimeSpan.FromSeconds(10));
    }

    /// <summary>
    /// The same on a node process: there is no snapshot to look into, so it waits until an eligibility
    /// decision on the MY → SG business trip of <see cref="Travellers"/> is CLEARED (proposer and partner MY and SG).
    /// </summary>
    public static async Task OpenMySgAsync(NodeProcess node)
    {
        await ProposeAndAcceptMySgAsync(node);
        var eligibility = new EligibilityService.EligibilityServiceClient(node.Channel);
        await Eventually.Until(async () => (await eligibility.EvaluateEligibilityAsync(
            new EvaluateEligibilityRequest { Application = Travellers.BusinessTrip() },
            node.As(CorridorRoles.BorderOfficer, "SG"))).Decision.Outcome == DecisionOutcome.Cleared, TimeSpan.FromSeconds(20));
    }

    /// <summary>MY-SG for essential business (14 days), proposed by SG and accepted by MY on a process running membership; waits for nothing.</summary>
    public static async Task ProposeAndAcceptMySgAsync(NodeProcess membership)
    {
        await membership.Membership.ProposeCorridorAsync(new ProposeCorridorRequest
        {
            ProposingMember = "SG",
            PartnerMember = "MY",
            MaxStayDays = 14,
            Purposes = { TravelPurpose.EssentialBusiness },
        }, membership.As(CorridorRoles.MemberAdmin, "SG"));
        await membership.Membership.AcceptCorridorAsync(new AcceptCorridorRequest { CorridorId = "MY-SG", AcceptingMember = "MY" },
            membership.As(CorridorRoles.MemberAdmin, "MY"));
    }
}

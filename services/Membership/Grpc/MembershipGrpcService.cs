using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Membership.Application;
using TravelCorridor.Membership.Data;
using TravelCorridor.Messaging.Replication;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.Membership.Grpc;

/// <summary>
/// The membership API. Handlers check the request, check who acts for which member, and hand over
/// to the commands; reads are anonymous because membership and public keys are public information.
/// Split by resource over several files.
/// </summary>
[Authorize]
public sealed partial class MembershipGrpcService(
    MembershipQueries queries,
    MemberStateCommands memberStates,
    CorridorCommands corridors,
    TrustedKeyCommands trustedKeys,
    ChangeStream<MembershipDbContext> changes) : MembershipService.MembershipServiceBase;

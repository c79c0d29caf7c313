using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Eligibility.Application;
using TravelCorridor.Eligibility.Data;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Messaging.Replication;

namespace TravelCorridor.Eligibility.Grpc;

/// <summary>
/// The eligibility API: rule sets (public to read, published by their member's admin) and decisions
/// (any role, since applications carry personal data). Handlers check the request and hand over to the
/// application layer; split by concern over several files.
/// </summary>
[Authorize]
public sealed partial class EligibilityGrpcService(
    RuleSetCatalog catalog,
    RuleSetChecks checks,
    RuleSetCommands commands,
    EligibilityDecider decider,
    IMembershipSnapshot membership,
    ChangeStream<EligibilityDbContext> changes,
    TimeProvider time) : EligibilityService.EligibilityServiceBase;

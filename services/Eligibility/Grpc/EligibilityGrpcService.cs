using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Eligibility.Application;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Grpc;
using TravelCorridor.MembershipSnapshot;

namespace TravelCorridor.Eligibility.Grpc;

/// <summary>
/// The eligibility API: rule sets (public to read, published by their member's admin) and decisions
/// (any role, since applications carry personal data). Handlers check the request and hand over to the
/// application layer; split by concern over several files.
/// </summary>
/// <remarks>
/// One instance serves every call (registered as a singleton): building the service and its per-call
/// dependencies for each call was a tenth of a decision's cost. The two handlers that need per-call
/// services (publishing's unit of work, the watch's change stream) take them from the call's scope.
/// </remarks>
[Authorize]
public sealed partial class EligibilityGrpcService(
    RuleSetCatalog catalog,
    RuleSetChecks checks,
    EligibilityDecider decider,
    IMembershipSnapshot membership,
    TrialCalls trials,
    TimeProvider time) : EligibilityService.EligibilityServiceBase
{
}

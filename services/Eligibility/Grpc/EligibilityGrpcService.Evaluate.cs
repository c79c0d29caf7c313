using Grpc.Core;
using TravelCorridor.Decisions.Mapping;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Validation;

namespace TravelCorridor.Eligibility.Grpc;

public sealed partial class EligibilityGrpcService
{
    public override Task<EvaluateEligibilityResponse> EvaluateEligibility(EvaluateEligibilityRequest request, ServerCallContext context)
    {
        var view = membership.Current;
        var v = new RequestValidator().Instant(request.EvaluationTime, "evaluation_time", out var at, required: false);
        // A what-if at a later evaluation_time may carry evidence dated up to then; otherwise the decision is now.
        v.Application(request.Application, "application", code => view.FindMember(code) is not null, at ?? time.GetUtcNow())
            .LanguageCode(request.LanguageCode, "language_code")
            .ThrowIfInvalid();
        var decision = decider.Decide(request.Application, at, LanguageChecks.LanguageOf(request.LanguageCode));
        return Task.FromResult(new EvaluateEligibilityResponse { Decision = decision.ToProto() });
    }
}

using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.Mapping;
using TravelCorridor.Decisions.RuleSets;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.Eligibility.Application;
using TravelCorridor.Eligibility.Domain;
using TravelCorridor.Eligibility.V1;
using TravelCorridor.Hosting.Grpc;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Validation;
using Proto = TravelCorridor.Type.V1;

namespace TravelCorridor.Eligibility.Grpc;

public sealed partial class EligibilityGrpcService
{
    private const int MaxTestCases = 100;
    private const int MaxCaseName = 200;

    [Authorize(Policy = CorridorPolicies.MemberAdmin)]
    public override async Task<PublishRuleSetResponse> PublishRuleSet(PublishRuleSetRequest request, ServerCallContext context)
    {
        var proposed = Proposed(request.SignedRuleSet, "", isSigned: true);
        var caller = Caller.Of(context);
        var checkedSet = await checks.CheckAsync(proposed, member => caller.EnsureActsFor(member), RuleSetCheckMode.Publication,
            context.CancellationToken);
        var stored = await context.Scoped<RuleSetCommands>().PublishAsync(checkedSet, context.CancellationToken);
        var response = new PublishRuleSetResponse { RuleSet = new CatalogedRuleSet(checkedSet.Set, stored.ToPublished()).ToProto() };
        response.Warnings.AddRange(checkedSet.Warnings.Select(w => w.ToFinding()));
        return response;
    }

    public override async Task<ValidateRuleSetResponse> ValidateRuleSet(ValidateRuleSetRequest request, ServerCallContext context)
    {
        using var turn = trials.Enter(CallerName(context));
        var proposed = Proposed(request.SignedRuleSet, request.RuleSetJson, request.RuleSetCase == ValidateRuleSetRequest.RuleSetOneofCase.SignedRuleSet);
        var checkedSet = await checks.CheckAsync(proposed, null, RuleSetCheckMode.Publication, context.CancellationToken);
        var response = new ValidateRuleSetResponse { RuleSet = checkedSet.Set.ToProto(), SignatureChecked = checkedSet.SignatureChecked };
        response.RuleSet.KeyId = checkedSet.KeyId ?? "";
        response.Warnings.AddRange(checkedSet.Warnings.Select(w => w.ToFinding()));
        return response;
    }

    public override async Task<TestRuleSetResponse> TestRuleSet(TestRuleSetRequest request, ServerCallContext context)
    {
        using var turn = trials.Enter(CallerName(context));
        var proposed = Proposed(request.SignedRuleSet, request.RuleSetJson, request.RuleSetCase == TestRuleSetRequest.RuleSetOneofCase.SignedRuleSet);
        var view = membership.Current;
        var validator = new RequestValidator()
            .LanguageCode(request.LanguageCode, "language_code")
            .Check(request.Cases.Count is > 0 and <= MaxTestCases, "cases", $"must hold 1 to {MaxTestCases} cases, not {request.Cases.Count}");
        var instants = new DateTimeOffset?[request.Cases.Count];
        for (var i = 0; i < request.Cases.Count && i < MaxTestCases; i++)
        {
            var testCase = request.Cases[i];
            validator.Text(testCase.Name, $"cases[{i}].name", MaxCaseName, required: false)
                .Application(testCase.Application, $"cases[{i}].application", code => view.FindMember(code) is not null)
                .Instant(testCase.EvaluationTime, $"cases[{i}].evaluation_time", out instants[i], required: false)
                .Check(Enum.IsDefined(testCase.ExpectedOutcome), $"cases[{i}].expected_outcome", "is not a DecisionOutcome");
        }
        validator.ThrowIfInvalid();
        var set = (await checks.CheckAsync(proposed, null, RuleSetCheckMode.Test, context.CancellationToken)).Set;
        CheckDestinations(request, set);
        var language = LanguageChecks.LanguageOf(request.LanguageCode);
        var response = new TestRuleSetResponse();
        using var budget = trials.Budget(context.CancellationToken);
        for (var i = 0; i < request.Cases.Count; i++)
        {
            var testCase = request.Cases[i];
            Proto.Decision decision;
            try
            {
                decision = decider.DecideWith(set, testCase.Application, instants[i], language, budget.Token).ToProto();
            }
            catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
            {
                throw trials.OverBudget(i, request.Cases.Count);
            }
            var met = testCase.ExpectedOutcome == Proto.DecisionOutcome.Unspecified || testCase.ExpectedOutcome == decision.Outcome;
            response.Results.Add(new RuleSetTestCaseResult { Name = testCase.Name, Decision = decision, MetExpectation = met });
            response.FailedCases += met ? 0 : 1;
        }
        return response;
    }

    /// <summary>Trial calls are limited per token subject and member: one person's tests do not crowd out another's.</summary>
    private static string CallerName(ServerCallContext context)
    {
        var caller = Caller.Of(context);
        return $"{caller.Member ?? "-"}/{caller.Subject}";
    }

    private static void CheckDestinations(TestRuleSetRequest request, Decisions.RuleSets.RuleSet set)
    {
        var validator = new RequestValidator();
        for (var i = 0; i < request.Cases.Count; i++)
        {
            var destination = request.Cases[i].Application.Trip.Destination;
            validator.Check(destination == set.Member, $"cases[{i}].application.trip.destination",
                $"is {destination}, but the rule set is {set.Member}'s: its rules judge travellers entering {set.Member}");
        }
        validator.ThrowIfInvalid();
    }

    /// <summary>The oneof as a proposal; its size is bounded before anything reads it.</summary>
    private static ProposedRuleSet Proposed(string signed, string json, bool isSigned)
    {
        var validator = new RequestValidator();
        if (isSigned)
        {
            validator.WithinLength(signed, "signed_rule_set", RuleSetLimits.MaxSignedLength);
        }
        else
        {
            validator.WithinLength(json, "rule_set_json", RuleSetLimits.MaxDocumentBytes);
        }
        validator.ThrowIfInvalid();
        return isSigned ? new ProposedRuleSet(signed, null) : new ProposedRuleSet(null, json);
    }
}

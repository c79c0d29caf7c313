using System.Text.Json;
using TravelCorridor.CertLogic;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>
/// Evaluates a rule's logic on each case with the data context <c>{ "payload": …, "external": … }</c>.
/// Any value other than exactly <c>true</c>, and any evaluation error, is the verdict "failed". An application
/// case is evaluated on the data a node builds from its application; one whose application is unusable is not
/// run at all (no verdict), since any verdict on made-up data would mislead.
/// </summary>
public sealed class RuleCaseRunner(CompiledCertLogic? logic, string? logicProblem)
{
    public CaseResult Run(RuleCase testCase)
    {
        if (testCase.Application is { Problem: not null })
        {
            return new(testCase, null, null, testCase.Problem);
        }

        if (logic is null)
        {
            return new(testCase, Verdict.Failed, null, testCase.Problem ?? logicProblem);
        }

        try
        {
            var data = testCase.Application is { } application
                ? application.Data()
                : CertLogicValue.FromObject(
                [
                    new("payload", Convert(testCase.Payload)),
                    new("external", Convert(testCase.External)),
                ]);
            var value = logic.Evaluate(data);
            var passed = value.Kind == CertLogicValueKind.Boolean && value.AsBoolean();
            return new(testCase, passed ? Verdict.Passed : Verdict.Failed, value.ToJsonString(), testCase.Problem, value.ToDisplayString());
        }
        catch (CertLogicException e)
        {
            return new(testCase, Verdict.Failed, null, testCase.Problem ?? e.Message);
        }
    }

    private static CertLogicValue Convert(JsonElement json) =>
        json.ValueKind == JsonValueKind.Undefined ? CertLogicValue.Null : CertLogicValue.FromJson(json);
}

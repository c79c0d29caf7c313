using System.CommandLine;
using System.Text.Json;
using TravelCorridor.CertLogic;
using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Corridorctl.Testing;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl rules test RULE.json CASE.json...</c>: runs a rule's published test cases, so authors can
/// check a rule before they publish it. Envelope problems and logic warnings are shown as warnings. Exit code
/// 0 only when every case passes (and, with <c>--strict</c>, there are no envelope problems or warnings).
/// </summary>
public static class RulesTestCommand
{
    public static Command Create()
    {
        var rule = new Argument<FileInfo>("rule") { Description = "The rule (EU DCC rule JSON with a Logic field)" };
        var cases = new Argument<FileInfo[]>("cases") { Description = "Case files { name, payload, external, expected }", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Machine-readable output" };
        var strict = new Option<bool>("--strict") { Description = "Also fail when the rule envelope has problems or the logic has warnings" };
        var command = new Command("test", "Evaluate a rule's Logic on test cases and compare with their expected verdicts") { rule, cases, json, strict };
        command.SetAction(parse => Run(parse.GetValue(rule)!, parse.GetValue(cases)!, parse.GetValue(json), parse.GetValue(strict),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo ruleFile, FileInfo[] caseFiles, bool json, bool strict, TextWriter output, TextWriter error)
    {
        if (!JsonFile.TryRead(ruleFile, out var ruleDocument, out var problem))
        {
            error.WriteLine(problem);
            return ExitCodes.InputError;
        }

        using (ruleDocument)
        {
            var root = ruleDocument!.RootElement;
            var envelope = RuleEnvelopeParser.Parse(root);
            var (logic, logicProblem) = CompileLogic(root);
            var runner = new RuleCaseRunner(logic, logicProblem);
            var results = ReadCases(caseFiles).Select(runner.Run).ToList();
            var identifier = JsonText.TryGetProperty(root, "Identifier", out var id) && id.ValueKind == JsonValueKind.String
                ? JsonText.GetString(id) : ruleFile.Name;

            if (json)
            {
                TestReport.WriteJson(output, identifier, envelope, results);
            }
            else
            {
                foreach (var envelopeProblem in envelope.Problems)
                {
                    error.WriteLine($"warning: rule envelope: {envelopeProblem}");
                }

                foreach (var warning in envelope.Warnings)
                {
                    error.WriteLine($"warning: logic: {warning}");
                }

                TestReport.WriteText(output, identifier, results);
            }

            var allPassed = results.All(r => r.Passes) && !(strict && (envelope.Problems.Count > 0 || envelope.Warnings.Count > 0));
            return allPassed ? ExitCodes.Ok : ExitCodes.Failed;
        }
    }

    private static (CompiledCertLogic? Logic, string? Problem) CompileLogic(JsonElement root)
    {
        if (!JsonText.TryGetProperty(root, "Logic", out var logic))
        {
            return (null, "the rule has no Logic");
        }

        try
        {
            return (CertLogicCompiler.Compile(logic), null);
        }
        catch (CertLogicException e)
        {
            return (null, e.Message);
        }
    }

    private static IEnumerable<RuleCase> ReadCases(FileInfo[] files)
    {
        foreach (var file in files)
        {
            if (!JsonFile.TryRead(file, out var document, out var problem))
            {
                yield return RuleCase.Unreadable(file.Name, problem!);
                continue;
            }

            using (document)
            {
                foreach (var testCase in RuleCase.Read(file.Name, document!.RootElement).ToList())
                {
                    yield return testCase;
                }
            }
        }
    }
}

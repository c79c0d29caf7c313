using System.CommandLine;
using System.Text.Json;
using TravelCorridor.CertLogic;
using TravelCorridor.CertLogic.Rules;
using TravelCorridor.Corridorctl.Testing;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl rules test RULE.json CASE.json...</c>: runs a rule's published test cases, so authors can
/// check a rule before they publish it. Cases are in the EU layout (<c>payload</c>, <c>external</c>) or ours
/// (<c>application</c>, turned into the data by the node's own converter). Envelope problems and logic warnings
/// are shown as warnings. Exit code 0 only when every case passes (and, with <c>--strict</c>, there are no
/// envelope problems or warnings). Given a whole rule set instead of a rule, it judges application cases as a
/// node would, membership aside (RulesTestCommand.RuleSet.cs).
/// </summary>
public static partial class RulesTestCommand
{
    public static Command Create()
    {
        var rule = new Argument<FileInfo>("rule")
        {
            Description = "The rule (EU DCC rule JSON with a Logic field), or a whole rule set { member, version, validFrom, rules, valueSets } (JSON or signed .jws)",
        };
        var cases = new Argument<FileInfo[]>("cases")
        {
            Description = "Case files: { name, payload, external, expected } or { name, application, evaluationTime?, valueSets?, corridor?, expected }; " +
                "for a rule set { name, application, evaluationTime?, corridor?, expectedOutcome }",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Machine-readable output" };
        var strict = new Option<bool>("--strict") { Description = "Also fail when the rule envelope (or rule set) has problems or warnings" };
        var language = new Option<string>("--language")
        {
            Description = "Language of rule descriptions in a rule set's results, e.g. ms (English where a rule has none in it)",
            DefaultValueFactory = _ => "en",
        };
        language.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && !IsLanguageCode(result.Tokens[0].Value))
            {
                result.AddError($"'{result.Tokens[0].Value}' is not a language code such as en, ms or zh-cn (lower case)");
            }
        });
        var command = new Command("test", "Evaluate a rule's Logic, or a whole rule set, on test cases and compare with their expected results\nExample: corridorctl rules test rule.json cases/*.json")
        {
            rule, cases, json, strict, language,
        };
        command.SetAction(parse => Run(parse.GetValue(rule)!, parse.GetValue(cases)!, parse.GetValue(json), parse.GetValue(strict),
            parse.GetValue(language)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo ruleFile, FileInfo[] caseFiles, bool json, bool strict, string language, TextWriter output, TextWriter error)
    {
        if (RuleSetFile.TryRead(ruleFile, out var ruleSetDocument, out var keyId, out var ruleSetProblem))
        {
            if (ruleSetDocument is null)
            {
                error.WriteLine(ruleSetProblem);
                return ExitCodes.InputError;
            }
            return RunRuleSet(ruleFile.Name, ruleSetDocument, keyId, caseFiles, json, strict, language, output, error);
        }

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
            var results = CaseFiles.Read(caseFiles, RuleCase.Read, RuleCase.Unreadable).Select(runner.Run).ToList();
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
}

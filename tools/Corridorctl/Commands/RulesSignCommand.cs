using System.CommandLine;
using TravelCorridor.Corridorctl.RuleSets;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl rules sign FILE --key KEY [--out FILE]</c>: the compact JWS (ES256) of a rule set document,
/// whose payload is the file's exact bytes, signed with a key from <c>rules keygen</c>. A document of another
/// member than the key's is refused. The JWS goes to standard output unless <c>--out</c> names a file.
/// </summary>
public static class RulesSignCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Rule set document { member, version, validFrom, rules, valueSets }" };
        var key = new Option<FileInfo>("--key") { Description = "Private key file from 'rules keygen'", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Write the JWS to this file instead of standard output" };
        var validFrom = ValidFromOption.Create();
        var command = new Command("sign", "Sign a rule set document as a compact JWS (the payload is the file's exact bytes, unless --valid-from replaces that field)\nExample: corridorctl rules sign docs/examples/sg-rule-set.json --key sg-rules.private.jwk --out sg-rule-set.jws")
        {
            file, key, output, validFrom,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var document = ValidFromOption.Read(parse.GetValue(file)!, parse, validFrom, error);
            return document is null ? ExitCodes.InputError
                : Run(document, parse.GetValue(file)!, parse.GetValue(key)!, parse.GetValue(output), parse.InvocationConfiguration.Output, error);
        });
        return command;
    }

    private static int Run(byte[] document, FileInfo file, FileInfo keyFile, FileInfo? outFile, TextWriter output, TextWriter error)
    {
        var jws = RuleSetSigner.Sign(document, file, keyFile, error);
        if (jws is null)
        {
            return ExitCodes.InputError;
        }
        if (outFile is null)
        {
            output.WriteLine(jws);
            return ExitCodes.Ok;
        }
        try
        {
            File.WriteAllText(outFile.FullName, jws + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"cannot write {outFile.FullName}: {e.Message}");
            return ExitCodes.InputError;
        }
        error.WriteLine($"Signed {file.Name} into {outFile.Name}");
        return ExitCodes.Ok;
    }
}

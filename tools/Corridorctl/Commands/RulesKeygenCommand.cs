using System.CommandLine;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Signing;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl rules keygen --member SG [--key-id ID] [--out FILE] [--force] [--json]</c>: a new ES256 key
/// pair for signing a member's rule sets. The private JWK goes to a file only its owner can read; the public
/// JWK is printed with the AddTrustedKey call that puts it in the trust list.
/// </summary>
public static class RulesKeygenCommand
{
    public static Command Create()
    {
        var member = new Option<string>("--member") { Description = "Member state the key signs rule sets for, e.g. SG", Required = true, CustomParser = MemberCodeArgument.Parse };
        var keyId = new Option<string?>("--key-id") { Description = "Key id in the trust list (default: <member>-rules-<date>-<thumbprint>)" };
        keyId.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } id && !KeyIds.IsValid(id))
            {
                result.AddError($"--key-id '{id}' must be 1 to 64 letters, digits, '.', '_' or '-'");
            }
        });
        var output = new Option<FileInfo?>("--out") { Description = "Private key file (default: <key id>.private.jwk in the current directory)" };
        var force = new Option<bool>("--force") { Description = "Replace an existing private key file" };
        var json = new Option<bool>("--json") { Description = "Print only the AddTrustedKey request as JSON (for grpcurl -d @ or scripts)" };
        var command = new Command("keygen", "Make an ES256 key pair for signing rule sets: private JWK to a file, public JWK for the trust list\nExample: corridorctl rules keygen --member SG --out sg-rules.private.jwk")
        {
            member, keyId, output, force, json,
        };
        command.SetAction(parse => Run(parse.GetValue(member)!, parse.GetValue(keyId), parse.GetValue(output), parse.GetValue(force),
            parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string member, string? keyId, FileInfo? outFile, bool force, bool json, TextWriter output, TextWriter error)
    {
        var now = TimeProvider.System.GetUtcNow();
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        using var draft = EcSigningKey.Create("draft");
        // The default id ends in the key's thumbprint, so it can only be chosen once the key exists.
        using var key = EcSigningKey.FromPrivateJwk(draft.ToPrivateJwk(), keyId ?? KeyIds.For(member, draft.PublicKey, now));
        var path = outFile?.FullName ?? Path.GetFullPath($"{key.KeyId}.private.jwk");

        var problem = SigningKeyFile.Write(path, key, member, force);
        if (problem is not null)
        {
            error.WriteLine(problem);
            return ExitCodes.InputError;
        }

        var publicJwk = key.ToPublicJwk();
        if (json)
        {
            error.WriteLine($"Private key: {path}");
            output.WriteLine(AddTrustedKeyRequestJson.Write(member, key.KeyId, publicJwk, now, indented: true));
            return ExitCodes.Ok;
        }

        var node = NodeAddress.Parse(Environment.GetEnvironmentVariable(NodeOptions.NodeVariable) ?? NodeOptions.DefaultAddress, out _)
            ?? new Uri(NodeOptions.DefaultAddress);
        output.WriteLine($"Private key: {path} (owner read/write only; keep it secret, it signs {member}'s rules)");
        output.WriteLine($"Key id:      {key.KeyId}");
        output.WriteLine($"Public JWK:  {publicJwk}");
        output.WriteLine();
        output.WriteLine($"Add the public key to the trust list as {member}'s member-admin (valid for a year from now; adjust not_after):");
        var request = AddTrustedKeyRequestJson.Write(member, key.KeyId, publicJwk, now, indented: false);
        var arguments = $"-H \"authorization: Bearer ${NodeOptions.TokenVariable}\" -d '{request}'";
        output.WriteLine($"  {NodeAddress.Grpcurl(node, arguments, AddTrustedKeyRequestJson.Method)}");
        output.WriteLine($"Then: corridorctl rules publish RULES.json --key {Path.GetFileName(path)}");
        return ExitCodes.Ok;
    }
}

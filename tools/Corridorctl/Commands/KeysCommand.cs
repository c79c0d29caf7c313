using System.CommandLine;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Corridorctl.RuleSets;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl keys list|add|revoke</c>: the trust list. <c>add</c> takes a JWK file as it is at hand: a public JWK,
/// the private key file of <c>rules keygen</c>, or a node's own <c>clearance-passes-key.jwk</c>; only the public half is
/// sent, its key id comes from the file unless <c>--kid</c> gives one, and the validity defaults to a year from now.
/// </summary>
public static class KeysCommand
{
    private static readonly TimeSpan DefaultValidity = TimeSpan.FromDays(365);

    public static Command Create() => new("keys", "The trust list: list, add (from a JWK file) and revoke keys") { List(), Add(), Revoke() };

    private static Command List()
    {
        var member = new Option<string?>("--member") { Description = "Only this member's keys", CustomParser = MemberCodeArgument.Parse };
        var revoked = new Option<bool>("--include-revoked") { Description = "Revoked keys too" };
        var node = new NodeOptions();
        var command = new Command("list", "List trusted keys.\nExample: corridorctl keys list --member SG --output json") { member, revoked };
        node.AddWithOutputTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var client = new MembershipService.MembershipServiceClient(connection.Invoker);
            var request = new ListTrustedKeysRequest { Member = parse.GetValue(member) ?? "", IncludeRevoked = parse.GetValue(revoked), PageSize = 100 };
            var output = parse.InvocationConfiguration.Output;
            var json = node.Json(parse);
            var (count, _) = await PagedList.PrintAsync<TrustedKey>(output, json,
                $"{"MEMBER",-7} {"USE",-7} {"KEY ID",-32} {"NOT BEFORE",-20} {"NOT AFTER",-20} REVOKED",
                key => $"{key.Member,-7} {Use(key.Use),-7} {key.KeyId,-32} {Instant.Seconds(key.NotBefore),-20} {Instant.Seconds(key.NotAfter),-20} " +
                    (key.Revoked ? $"{Instant.Seconds(key.RevokedAt)} {key.RevocationReason}" : ""),
                async token =>
                {
                    request.PageToken = token;
                    var page = await client.ListTrustedKeysAsync(request, connection.Options(ct));
                    return (page.TrustedKeys, page.NextPageToken);
                });
            if (json)
            {
                return ExitCodes.Ok;
            }
            output.WriteLine($"{count} key{(count == 1 ? "" : "s")}");
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    private static Command Add()
    {
        var member = new Option<string>("--member") { Description = "The member the key belongs to", Required = true, CustomParser = MemberCodeArgument.Parse };
        var use = new Option<string>("--use") { Description = "What the key signs: rules or passes", Required = true };
        use.AcceptOnlyFromAmong("rules", "passes");
        var jwk = new Option<FileInfo>("--jwk")
        {
            Description = "A JWK file: public, or a private one (rules keygen's, a node's clearance-passes-key.jwk) of which only the public half is sent",
            Required = true,
        };
        var kid = new Option<string?>("--kid") { Description = "Key id, when the file has no kid" };
        var notBefore = new Option<string?>("--not-before") { Description = "Valid from (default: now), e.g. 2026-12-08T00:00:00Z" };
        var notAfter = new Option<string?>("--not-after") { Description = "Valid until (default: a year after --not-before)" };
        var node = new NodeOptions();
        var command = new Command("add", "Add a key to the trust list (member-admin of the key's member, on its node).\n" +
            "Example: corridorctl keys add --member SG --use passes --jwk data/clearance-passes-key.jwk")
        {
            member, use, jwk, kid, notBefore, notAfter,
        };
        node.AddTo(command);
        command.SetAction((parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!TryReadPublicKey(parse.GetValue(jwk)!, parse.GetValue(kid), out var keyId, out var publicJwk, out var problem)
                || !TryInstant(parse.GetValue(notBefore), "--not-before", DateTimeOffset.UtcNow, out var from, out problem)
                || !TryInstant(parse.GetValue(notAfter), "--not-after", from + DefaultValidity, out var until, out problem))
            {
                error.WriteLine(problem);
                return Task.FromResult(ExitCodes.InputError);
            }
            return RemoteCall.RunAsync(node, parse, async (connection, ct) =>
            {
                var added = (await new MembershipService.MembershipServiceClient(connection.Invoker).AddTrustedKeyAsync(new AddTrustedKeyRequest
                {
                    Member = parse.GetValue(member)!,
                    KeyId = keyId,
                    Use = parse.GetValue(use) == "passes" ? KeyUse.Passes : KeyUse.Rules,
                    PublicKeyJwk = publicJwk,
                    NotBefore = Timestamp.FromDateTimeOffset(from),
                    NotAfter = Timestamp.FromDateTimeOffset(until),
                }, connection.Options(ct))).TrustedKey;
                parse.InvocationConfiguration.Output.WriteLine(
                    $"Added {Use(added.Use)} key {added.KeyId} of {added.Member}, valid {Instant.Seconds(added.NotBefore)} to {Instant.Seconds(added.NotAfter)}");
                return ExitCodes.Ok;
            }, cancel);
        });
        return command;
    }

    private static Command Revoke()
    {
        var member = new Option<string>("--member") { Description = "The key's member", Required = true, CustomParser = MemberCodeArgument.Parse };
        var kid = new Argument<string>("kid") { Description = "The key id" };
        var reason = new Option<string>("--reason") { Description = "Why (required)", Required = true };
        var node = new NodeOptions();
        var command = new Command("revoke", "Revoke a trusted key (member-admin of its member).\nExample: corridorctl keys revoke sg-passes-1a2b3c4d --member SG --reason \"key replaced\"")
        {
            kid, member, reason,
        };
        node.AddTo(command);
        command.SetAction((parse, cancel) => RemoteCall.RunAsync(node, parse, async (connection, ct) =>
        {
            var revoked = (await new MembershipService.MembershipServiceClient(connection.Invoker).RevokeTrustedKeyAsync(new RevokeTrustedKeyRequest
            {
                Member = parse.GetValue(member)!, KeyId = parse.GetValue(kid)!, Reason = parse.GetValue(reason)!,
            }, connection.Options(ct))).TrustedKey;
            parse.InvocationConfiguration.Output.WriteLine($"Revoked {Use(revoked.Use)} key {revoked.KeyId} of {revoked.Member} at {Instant.Seconds(revoked.RevokedAt)}");
            return ExitCodes.Ok;
        }, cancel));
        return command;
    }

    /// <summary>The public half in the canonical member order the trust list wants (crv, kty, x, y) and the key id.</summary>
    internal static bool TryReadPublicKey(FileInfo file, string? kidOption, out string keyId, out string publicJwk, out string? problem)
    {
        keyId = publicJwk = "";
        try
        {
            if (JsonNode.Parse(File.ReadAllText(file.FullName)) is not JsonObject jwk
                || jwk["kty"]?.GetValue<string>() != "EC" || jwk["crv"]?.GetValue<string>() != "P-256"
                || jwk["x"]?.GetValue<string>() is not { } x || jwk["y"]?.GetValue<string>() is not { } y)
            {
                problem = $"{file.Name}: not an EC P-256 JWK (kty EC, crv P-256, x, y)";
                return false;
            }
            keyId = kidOption ?? jwk["kid"]?.GetValue<string>() ?? "";
            if (keyId.Length == 0)
            {
                problem = $"{file.Name} has no kid: give the key id with --kid";
                return false;
            }
            publicJwk = new JsonObject { ["crv"] = "P-256", ["kty"] = "EC", ["x"] = x, ["y"] = y }.ToJsonString();
            problem = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException)
        {
            problem = $"{file.Name}: {e.Message}";
            return false;
        }
    }

    private static bool TryInstant(string? text, string option, DateTimeOffset fallback, out DateTimeOffset instant, out string? problem)
    {
        problem = null;
        instant = fallback;
        if (text is null || Instant.TryParse(text, out instant))
        {
            return true;
        }
        problem = $"{option} '{text}' is not an instant such as 2026-12-08T00:00:00Z";
        return false;
    }

    private static string Use(KeyUse use) => use switch
    {
        KeyUse.Rules => "RULES",
        KeyUse.Passes => "PASSES",
        KeyUse.Node => "NODE",
        _ => "?",
    };
}

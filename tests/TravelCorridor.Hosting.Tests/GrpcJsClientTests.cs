using System.Text.Json;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;

namespace TravelCorridor.Hosting.Tests;

/// <summary>A Node.js client built from protos/ with @grpc/grpc-js calls the node: the API is not .NET-only.</summary>
public sealed class GrpcJsClientTests
{
    [Fact]
    public async Task A_nodejs_grpc_client_reads_members_page_by_page_and_gets_precise_errors()
    {
        await using var node = await NodeHost.StartAsync("SG");
        var lines = await NodeScript.RunAsync("tests/grpc-js-client", "call.mjs", TimeSpan.FromSeconds(60),
            $"{node.Address.Host}:{node.Address.Port}", node.Token(CorridorRoles.CorridorAdmin));
        var answers = lines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("call").GetString()!);

        Assert.Equal(11, answers["ListMemberStates"].GetProperty("codes").GetArrayLength());
        Assert.Equal(3, answers["ListMemberStates"].GetProperty("pages").GetInt32());
        Assert.Equal("UNAUTHENTICATED", answers["SuspendMemberState(anonymous)"].GetProperty("code").GetString());
        // The status message as the node wrote it: grpc-js decodes only what the gRPC spec percent-encodes.
        Assert.Equal("This call needs a bearer token (authorization: Bearer <token>).",
            answers["SuspendMemberState(anonymous)"].GetProperty("details").GetString());
        Assert.Equal("MEMBER_STATE_STATUS_SUSPENDED", answers["SuspendMemberState"].GetProperty("status").GetString());
        Assert.Equal("INVALID_ARGUMENT", answers["SuspendMemberState(invalid)"].GetProperty("code").GetString());
        Assert.Contains("code:", answers["SuspendMemberState(invalid)"].GetProperty("details").GetString());
    }

    [Fact]
    public async Task A_nodejs_client_gets_a_30000_character_code_refused_promptly_and_its_connection_keeps_working()
    {
        await using var node = await NodeHost.StartAsync("SG");
        var lines = await NodeScript.RunAsync("tests/grpc-js-client", "long-code.mjs", TimeSpan.FromSeconds(60), $"{node.Address.Host}:{node.Address.Port}");
        var answers = lines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("call").GetString()!);

        // Not DEADLINE_EXCEEDED: the answer came back well before the script's 20 s deadline.
        Assert.Equal("INVALID_ARGUMENT", answers["GetMemberState(long)"].GetProperty("code").GetString());
        Assert.True(answers["GetMemberState(long)"].GetProperty("detailsLength").GetInt32() < 500);
        Assert.Equal("Singapore", answers["GetMemberState(SG)"].GetProperty("name").GetString());
    }
}

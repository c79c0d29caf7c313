using System.Net;
using System.Net.Sockets;
using TravelCorridor.Testing;

namespace TravelCorridor.Hosting.Tests;

/// <summary>The node's command line as an operator meets it: help, tokens, and a port that is taken.</summary>
public sealed class NodeCommandLineTests : IDisposable
{
    private readonly string directory = ScratchDirectory.NewPath("tc-node-cli");

    public NodeCommandLineTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Help_prints_the_usage_of_the_node_and_of_each_command_and_starts_nothing()
    {
        var node = await CorridorNodeCommand.RunAsync(directory, "--help");
        var token = await CorridorNodeCommand.RunAsync(directory, "token", "--help");
        var health = await CorridorNodeCommand.RunAsync(directory, "health", "--help");

        Assert.Equal(0, node.ExitCode);
        Assert.Contains("usage: corridor-node", node.Output);
        Assert.Equal(0, token.ExitCode);
        Assert.Contains("--create-key", token.Output);
        Assert.Equal(0, health.ExitCode);
        Assert.Empty(Directory.EnumerateFileSystemEntries(directory));
    }

    [Fact]
    public async Task A_token_needs_an_existing_key_unless_asked_to_create_one_and_says_which_key_it_used()
    {
        var refused = await CorridorNodeCommand.RunAsync(directory, "token", "--role", "observer", "--data-dir", "nowhere");
        var created = await CorridorNodeCommand.RunAsync(directory, "token", "--role", "observer", "--data-dir", "data", "--create-key");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--create-key", refused.Output);
        Assert.False(Directory.Exists(Path.Combine(directory, "nowhere")));
        Assert.Equal(0, created.ExitCode);
        Assert.Contains(Path.Combine(directory, "data", "dev-token-key.jwk"), created.Output);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_code_2_before_any_database_is_created()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await CorridorNodeCommand.RunAsync(directory, $"--urls=http://127.0.0.1:{port}", "--Node:DataDirectory=data");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"corridor-node: http://127.0.0.1:{port} is already in use: another node or program listens on port {port}. " +
            "Stop it or choose another address with --urls (gRPC) or --Node:HttpUrls (HTTP/1.1).", result.Output.Trim());
        Assert.False(Directory.Exists(Path.Combine(directory, "data")));
    }
}

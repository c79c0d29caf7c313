using System.Net;
using System.Net.Sockets;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>What the commands that call a node do before, or instead of, reaching one.</summary>
public sealed class RemoteCommandArgumentTests
{
    [Fact]
    public async Task An_unreachable_node_is_one_line_naming_its_address()
    {
        var node = $"http://127.0.0.1:{ClosedPort()}";

        var (exitCode, output, error) = await CorridorctlRunner.RunAsync("rules", "versions", "SG", "--node", node);

        Assert.Equal(4, exitCode);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: cannot reach the node at {node} (", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_node_address_may_leave_out_the_scheme()
    {
        var port = ClosedPort();

        var (exitCode, _, error) = await CorridorctlRunner.RunAsync("rules", "get", "SG", "--node", $"127.0.0.1:{port}");

        Assert.Equal(4, exitCode);
        Assert.Contains($"http://127.0.0.1:{port}", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080/some/path")]
    [InlineData("http://")]
    public async Task A_node_address_that_is_not_one_is_refused(string node)
    {
        var (exitCode, _, error) = await CorridorctlRunner.RunAsync("rules", "get", "SG", "--node", node);

        Assert.Equal(2, exitCode);
        Assert.Contains($"--node '{node}' is not a node address", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version and --active cannot be used together", "rules", "get", "SG", "--version", "2", "--active")]
    [InlineData("--at needs --active", "rules", "get", "SG", "--at", "2026-12-01T00:00:00Z")]
    [InlineData("--at 'tomorrow' is not an instant", "rules", "get", "SG", "--active", "--at", "tomorrow")]
    [InlineData("--signed and --json cannot be used together", "rules", "get", "SG", "--signed", "--json")]
    [InlineData("--version '-1' is not a version", "rules", "get", "SG", "--version", "-1")]
    [InlineData("--version 'two' is not a version", "rules", "get", "SG", "--version", "two")]
    [InlineData("'SGP' is not a member state code", "rules", "versions", "SGP")]
    [InlineData("Required argument missing", "rules", "diff", "SG", "1")]
    [InlineData("Cannot parse argument 'two'", "rules", "diff", "SG", "1", "two")]
    public async Task Wrong_arguments_are_refused_with_exit_code_2(string message, params string[] args)
    {
        var (exitCode, _, error) = await CorridorctlRunner.RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_an_unsigned_document_without_a_key_is_refused_before_calling_the_node()
    {
        var document = CorridorctlRunner.TempFile("""{ "member": "SG", "version": 1 }""");

        // The node address is closed: reaching it would be exit code 4.
        var (exitCode, _, error) = await CorridorctlRunner.RunAsync("rules", "publish", document, "--node", $"127.0.0.1:{ClosedPort()}");

        Assert.Equal(2, exitCode);
        Assert.Contains("is not signed: pass --key", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_a_document_of_another_member_than_the_key_is_refused_before_calling_the_node()
    {
        var directory = ScratchFiles.Directory();
        var (keyFile, _) = ScratchFiles.Keygen(directory, "SG", "sg-rules-1");
        var document = ScratchFiles.Write(directory, "my.json", """{ "member": "MY", "version": 1 }""");

        var (exitCode, _, error) = await CorridorctlRunner.RunAsync("rules", "publish", document, "--key", keyFile, "--node", $"127.0.0.1:{ClosedPort()}");

        Assert.Equal(2, exitCode);
        Assert.Contains("the rule set is for member MY, but key sg-rules-1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validating_a_file_that_is_neither_json_nor_a_jws_is_refused_before_calling_the_node()
    {
        var file = CorridorctlRunner.TempFile("member: SG\nversion: 1\n");

        var (exitCode, _, error) = await CorridorctlRunner.RunAsync("rules", "validate", file, "--node", $"127.0.0.1:{ClosedPort()}");

        Assert.Equal(2, exitCode);
        Assert.Contains("neither a JSON rule set document nor a compact JWS", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manifest_is_never_its_own_output_and_an_output_that_cannot_be_written_is_refused_before_calling_the_node()
    {
        var directory = ScratchFiles.Directory();
        var manifest = ScratchFiles.Write(directory, "flight.jsonl", "{}\n");
        var node = $"127.0.0.1:{ClosedPort()}";

        var itself = await CorridorctlRunner.RunAsync("manifest", manifest, "--out", manifest, "--node", node);
        var missing = await CorridorctlRunner.RunAsync("manifest", manifest, "--out", Path.Combine(directory, "no-such-dir", "out.jsonl"), "--node", node);

        Assert.Equal(2, itself.ExitCode);
        Assert.Contains("--out names the manifest itself", itself.Error, StringComparison.Ordinal);
        Assert.Equal("{}\n", await File.ReadAllTextAsync(manifest));
        Assert.Equal(2, missing.ExitCode);
        var line = Assert.Single(missing.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("cannot write the decisions there", line, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

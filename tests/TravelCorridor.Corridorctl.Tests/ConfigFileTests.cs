using TravelCorridor.Corridorctl.Remote;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Testing;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>The environment is the process's: no other test may run while this one points corridorctl at a config file.</summary>
[CollectionDefinition(nameof(ConfigFileCollection), DisableParallelization = true)]
public sealed class ConfigFileCollection;

/// <summary>A config file gives the node, the token file and the broker that would otherwise be typed on every call.</summary>
[Collection(nameof(ConfigFileCollection))]
public sealed class ConfigFileTests
{
    [Fact]
    public async Task The_config_file_supplies_the_node_and_the_token_file_and_the_command_line_still_wins()
    {
        await using var node = await NodeHost.StartAsync("SG");
        var directory = ScratchFiles.Directory();
        File.WriteAllText(Path.Combine(directory, "officer.jwt"), node.Token(CorridorRoles.BorderOfficer, "SG") + "\n");
        File.WriteAllText(Path.Combine(directory, "observer.jwt"), node.Token(CorridorRoles.Observer));
        var config = ScratchFiles.Write(directory, "config.json",
            $$"""{ "node": "{{node.Address}}", "tokenFile": "officer.jwt" }  // the token file is relative to this file""");
        var broken = ScratchFiles.Write(directory, "broken.json", """{ "node": """);
        try
        {
            Environment.SetEnvironmentVariable(CorridorctlConfig.PathVariable, config);
            var members = await CorridorctlRunner.RunAsync("members", "list");
            var clearances = await CorridorctlRunner.RunAsync("clearances", "list");
            var observer = await CorridorctlRunner.RunAsync("clearances", "list", "--token-file", Path.Combine(directory, "observer.jwt"));
            Environment.SetEnvironmentVariable(CorridorctlConfig.PathVariable, broken);
            var unreadable = await CorridorctlRunner.RunAsync("members", "list");

            Assert.True(members.ExitCode == 0, members.Error);
            Assert.Contains("SG ", members.Output, StringComparison.Ordinal);
            Assert.True(clearances.ExitCode == 0, clearances.Error);
            Assert.Equal(ExitCodes.RemoteError, observer.ExitCode);
            Assert.Contains("ROLE_NOT_ALLOWED", observer.Error, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.InputError, unreadable.ExitCode);
            Assert.Contains("broken.json", unreadable.Error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(CorridorctlConfig.PathVariable, null);
        }
    }
}

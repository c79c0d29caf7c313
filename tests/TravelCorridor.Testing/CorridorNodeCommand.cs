namespace TravelCorridor.Testing;

/// <summary>Runs <c>corridor-node</c> as a user types it, in a directory of the test's choosing, to its end.</summary>
public static class CorridorNodeCommand
{
    /// <returns>The exit code and what it printed (stdout and stderr together).</returns>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] args)
    {
        var result = await Command.RunAsync([NodeProcess.DotnetHost(), NodeProcess.CorridorNodeDll(), .. args], workingDirectory,
            timeout: TimeSpan.FromMinutes(1));
        return (result.ExitCode, result.Output);
    }
}

using System.CommandLine;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>Runs corridorctl in-process, as the command line would, capturing what it prints.</summary>
internal static class CorridorctlRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args) =>
        RunAsync(args).GetAwaiter().GetResult();

    /// <summary>For commands that call a node: awaited, so a node in this process is never blocked on.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await CorridorCommand.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string TestData(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "testdata", .. parts]);

    public static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"corridorctl-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        return path;
    }
}

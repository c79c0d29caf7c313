using System.Diagnostics;

namespace TravelCorridor.Testing;

/// <summary>
/// Runs one of the repository's Node.js programs (<c>samples/node-subscriber</c>, <c>tests/grpc-js-client</c>):
/// proof that the wire formats and documents serve callers outside .NET.
/// Their packages are installed by <c>npm ci</c> in scripts/test.sh.
/// </summary>
public static class NodeScript
{
    /// <param name="folder">The program's directory, relative to the repository root.</param>
    public static Process Start(string folder, string script, params string[] args)
    {
        var directory = Path.Combine(RepositoryRoot(), folder);
        if (!Directory.Exists(Path.Combine(directory, "node_modules")))
        {
            throw new InvalidOperationException($"The packages of {directory} are not installed: run 'npm ci' there (scripts/test.sh does).");
        }
        var start = new ProcessStartInfo("node", [script, .. args])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // protos/ imports google/api/annotations.proto (the REST routes); a client loading them needs it too.
        start.Environment["GOOGLE_API_PROTOS"] = GoogleApiProtos;
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start node; is Node.js installed?");
    }

    /// <summary>Runs a script to the end and returns its standard output lines; fails on a non-zero exit.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(string folder, string script, TimeSpan timeout, params string[] args)
    {
        using var process = Start(folder, script, args);
        using var deadline = new CancellationTokenSource(timeout);
        var output = process.StandardOutput.ReadToEndAsync(deadline.Token);
        var errors = process.StandardError.ReadToEndAsync(deadline.Token);
        await process.WaitForExitAsync(deadline.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} exited with {process.ExitCode}: {await errors}");
        }
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The directory holding google/api/annotations.proto (from the Google.Api.CommonProtos package).</summary>
    public static string GoogleApiProtos { get; } = typeof(NodeScript).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false).Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GoogleApiProtos").Value!;

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TravelCorridor.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("TravelCorridor.sln not found above the test binaries.");
    }
}

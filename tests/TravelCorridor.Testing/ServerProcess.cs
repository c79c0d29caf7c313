using System.Diagnostics;

namespace TravelCorridor.Testing;

/// <summary>
/// A long-running server started in its own process group, with its console going to a log file.
/// The group lets us kill the server together with every helper it spawned (erl_child_setup,
/// PostgreSQL backends), and the log file rather than a pipe means a daemon it forks (epmd) can never
/// hold our output open.
/// </summary>
internal sealed class ServerProcess
{
    private readonly Process process;

    private ServerProcess(Process process, string logFile)
    {
        this.process = process;
        LogFile = logFile;
    }

    /// <summary>Also the process group id: setsid made the server the leader of a new group.</summary>
    public int Id => process.Id;

    public string LogFile { get; }

    public bool HasExited => process.HasExited;

    public static ServerProcess Start(
        ServiceAccount account,
        IReadOnlyList<string> commandLine,
        string workingDirectory,
        string logFile,
        IReadOnlyDictionary<string, string> environment)
    {
        // setsid only forks when its caller already leads a group; a fresh child of ours does not, so
        // the pid we get is the server's. The shell sends stdio to the log, then execs the server.
        IReadOnlyList<string> launch =
        [
            "setsid",
            .. account.Wrap(["/bin/sh", "-c", "exec </dev/null >>\"$0\" 2>&1; exec \"$@\"", logFile, .. commandLine]),
        ];
        var startInfo = new ProcessStartInfo(launch[0]) { UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var argument in launch.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        return new ServerProcess(Process.Start(startInfo)!, logFile);
    }

    /// <summary>
    /// Asks the server to shut down with <paramref name="signal"/>, waits up to <paramref name="grace"/>
    /// for it to exit, then kills whatever is left of its group.
    /// </summary>
    public async Task StopAsync(int signal, TimeSpan grace)
    {
        // Only while unreaped: a reaped pid may already belong to someone else.
        if (!process.HasExited)
        {
            Signals.ToProcess(Id, signal);
        }

        using var deadline = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // It ignored the polite request; the data dir may need recovery on the next start, which
            // both servers do by themselves.
        }

        Kill();
    }

    /// <summary>
    /// SIGKILLs the whole group, including helpers left behind by a leader that already exited, and
    /// waits for the leader to be reaped; safe to repeat (the kernel never hands out a pid that is still
    /// some group's id).
    /// </summary>
    public void Kill()
    {
        Signals.ToGroup(Id, Signals.Kill);
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    /// <summary>Exit status and the end of the console log, for error messages.</summary>
    public string Describe(int lines = 40)
    {
        var status = process.HasExited ? $"exited with code {process.ExitCode}" : $"still running as pid {Id}";
        var tail = File.Exists(LogFile) ? File.ReadLines(LogFile).TakeLast(lines) : ["(no console log)"];
        return $"{status}; last lines of {LogFile}:{Environment.NewLine}{string.Join(Environment.NewLine, tail)}";
    }
}

using System.Diagnostics;

namespace TravelCorridor.Testing;

/// <summary>
/// Cleans up after a test process that died without disposing its fixtures (crash, SIGKILL from a hang
/// timeout): a detached shell waits for our pid to vanish, then kills the server's process group named
/// in <c>groupFile</c> and deletes the scratch directory. ProcessExit handlers cannot cover that case.
/// </summary>
internal sealed class Watchdog : IDisposable
{
    // Plain POSIX sh: dash's builtin kill takes "kill -9 -PGID" but not "kill -KILL -- -PGID".
    private const string Script =
        """
        exec </dev/null >/dev/null 2>&1
        tail --pid="$1" -f /dev/null
        if [ -s "$2" ]; then kill -9 "-$(cat "$2")"; fi
        rm -rf -- "$3" "$2"
        """;

    private readonly Process process;

    private Watchdog(Process process) => this.process = process;

    private const string CleanupScript =
        """
        exec </dev/null >/dev/null 2>&1
        tail --pid="$1" -f /dev/null
        sh -c "$2"
        """;

    public static Watchdog Start(string groupFile, string directory) => Launch(Script, groupFile, directory);

    /// <summary>Runs <paramref name="shellCommand"/> (sh) once this process is gone without disposing the watchdog.</summary>
    public static Watchdog WhenGone(string shellCommand) => Launch(CleanupScript, shellCommand);

    private static Watchdog Launch(string script, params string[] arguments)
    {
        // Its own session, so killing it on dispose takes its tail along and a Ctrl+C aimed at the
        // test run does not fire it early.
        var startInfo = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in (string[])["/bin/sh", "-c", script, "watchdog", Environment.ProcessId.ToString(), .. arguments])
        {
            startInfo.ArgumentList.Add(argument);
        }

        return new Watchdog(Process.Start(startInfo)!);
    }

    public void Dispose()
    {
        Signals.ToGroup(process.Id, Signals.Kill);
        process.WaitForExit(TimeSpan.FromSeconds(10));
        process.Dispose();
    }
}

using System.Runtime.InteropServices;

namespace TravelCorridor.Testing;

/// <summary>
/// Sends POSIX signals. .NET can only SIGKILL a process; the servers need SIGTERM/SIGINT for a clean
/// shutdown, and whole process groups must be killed so no Erlang or PostgreSQL child outlives a test.
/// </summary>
internal static class Signals
{
    public const int Interrupt = 2;
    public const int Kill = 9;
    public const int Terminate = 15;

    /// <summary>Signals one process; false when it no longer exists.</summary>
    public static bool ToProcess(int pid, int signal) => SendSignal(pid, signal) == 0;

    /// <summary>Signals every process of a group; false when the group is empty.</summary>
    public static bool ToGroup(int processGroup, int signal) => SendSignal(-processGroup, signal) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
}

namespace TravelCorridor.Testing;

/// <summary>
/// The OS account a server runs as. PostgreSQL refuses root and RabbitMQ's files belong to its own user,
/// so when tests run as root (CI) servers drop to the account the Debian package created; otherwise
/// they run as the current user, who owns the scratch directories anyway.
/// </summary>
internal sealed class ServiceAccount
{
    private readonly string? userName;

    private ServiceAccount(string? userName) => this.userName = userName;

    /// <summary>Whoever runs the tests: for servers of our own, such as corridor nodes, that need no system user.</summary>
    public static ServiceAccount Current { get; } = new(null);

    /// <summary>Drops to <paramref name="systemUser"/> when running as root, else stays the current user.</summary>
    public static ServiceAccount For(string systemUser, string installHint)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return new ServiceAccount(null);
        }

        if (!File.ReadLines("/etc/passwd").Any(line => line.StartsWith(systemUser + ":", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"There is no '{systemUser}' user to run the server as: {installHint}");
        }

        return new ServiceAccount(systemUser);
    }

    /// <summary>The command line that runs <paramref name="commandLine"/> as this account.</summary>
    public IReadOnlyList<string> Wrap(IEnumerable<string> commandLine) => userName is null
        ? [.. commandLine]
        // setpriv execs in place (unlike runuser/su, which stay as a parent), so the pid and process
        // group we started are the server's own; it also leaves the environment alone.
        : ["setpriv", $"--reuid={userName}", $"--regid={userName}", "--init-groups", "--", .. commandLine];

    /// <summary>Hands a scratch directory we created (as root) to the account.</summary>
    public Task GiveOwnershipAsync(string path) => userName is null
        ? Task.CompletedTask
        : Command.RunCheckedAsync(["chown", "-R", $"{userName}:{userName}", path]);
}

namespace TravelCorridor.Testing;

/// <summary>
/// Owns one fixture's server process and scratch directory, and makes sure neither outlives the test
/// run: on dispose, on a normal process exit that skipped dispose, and (through the watchdog) on a crash.
/// </summary>
internal sealed class ServerSupervisor : IDisposable
{
    private readonly ServiceAccount account;
    private readonly string directory;
    private readonly string groupFile;
    private readonly Watchdog watchdog;
    private int disposed;

    public ServerSupervisor(ServiceAccount account, string directory)
    {
        this.account = account;
        this.directory = directory;
        // Kept beside, not inside, the server's files: it belongs to us (root), not to the service user.
        groupFile = directory + ".pgid";
        watchdog = Watchdog.Start(groupFile, directory);
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public ServerProcess? Server { get; private set; }

    /// <summary>
    /// Starts the server and polls <paramref name="isReady"/> until it holds; if the server exits or
    /// does not get ready in time, kills it and throws with the end of its console log.
    /// </summary>
    public async Task StartAsync(
        string serverName,
        IReadOnlyList<string> commandLine,
        string logFile,
        IReadOnlyDictionary<string, string> environment,
        Func<Task<bool>> isReady,
        TimeSpan timeout)
    {
        ObjectDisposedException.ThrowIf(disposed != 0, this);
        var server = ServerProcess.Start(account, commandLine, directory, logFile, environment);
        Server = server;
        File.WriteAllText(groupFile, server.Id.ToString());
        try
        {
            await Eventually.Until(
                async () => server.HasExited
                    ? throw new InvalidOperationException($"{serverName} failed to start: {server.Describe()}")
                    : await isReady().ConfigureAwait(false),
                timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var description = server.Describe();
            await StopAsync(Signals.Kill, TimeSpan.Zero).ConfigureAwait(false);
            throw new TimeoutException($"{serverName} was not ready within {timeout.TotalSeconds} s: {description}");
        }
        catch
        {
            await StopAsync(Signals.Kill, TimeSpan.Zero).ConfigureAwait(false);
            throw;
        }
    }

    public async Task StopAsync(int signal, TimeSpan grace)
    {
        if (Server is { } server)
        {
            await server.StopAsync(signal, grace).ConfigureAwait(false);
            // No group to kill any more: the watchdog must not signal a recycled pid later.
            File.Delete(groupFile);
            Server = null;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        Server?.Kill();
        Server = null;
        watchdog.Dispose();
        File.Delete(groupFile);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();
}

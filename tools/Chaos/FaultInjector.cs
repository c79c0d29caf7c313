using TravelCorridor.Messaging.Federation;
using TravelCorridor.Testing;

namespace TravelCorridor.Chaos;

/// <summary>Does and undoes the faults of a schedule on a local corridor, through deploy/local-corridor.sh.</summary>
internal sealed class FaultInjector(LocalCorridor corridor, Action<string> log)
{
    public async Task RunAsync(IReadOnlyList<Fault> schedule, DateTimeOffset start, CancellationToken cancellationToken)
    {
        foreach (var fault in schedule)
        {
            var wait = start + fault.At - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }
            log($"fault  {fault}");
            await ApplyAsync(fault);
            await Task.Delay(fault.Lasting, cancellationToken);
            await HealAsync(fault);
            log($"healed {fault.Kind} {fault.Target}");
        }
    }

    private Task ApplyAsync(Fault fault) => fault.Kind switch
    {
        "kill" => corridor.SignalAsync(fault.Target, "KILL"),
        "stop-broker" => corridor.SignalAsync(fault.Target, "TERM"),
        "pause" => corridor.SignalAsync(fault.Target, "STOP"),
        "cut-link" => CutAsync(fault.Target),
        _ => throw new ArgumentException(fault.Kind),
    };

    private Task HealAsync(Fault fault) => fault.Kind switch
    {
        "kill" or "stop-broker" => corridor.StartAsync(fault.Target),
        "pause" => corridor.SignalAsync(fault.Target, "CONT"),
        "cut-link" => RestoreAsync(fault.Target),
        _ => throw new ArgumentException(fault.Kind),
    };

    /// <summary>"vn&lt;-sg": VN's broker stops pulling SG's events; SG's broker keeps them queued for VN.</summary>
    private async Task CutAsync(string link)
    {
        var (downstream, upstream) = Split(link);
        var user = BrokerDefinitions.FederationUser(downstream);
        await corridor.RabbitmqctlAsync(upstream, "clear_permissions", "-p", "/", user);
        await corridor.RabbitmqctlAsync(upstream, "close_all_user_connections", user, "chaos: federation link cut");
    }

    private async Task RestoreAsync(string link)
    {
        var (downstream, upstream) = Split(link);
        await corridor.RabbitmqctlAsync(upstream, ["set_permissions", "-p", "/", BrokerDefinitions.FederationUser(downstream), .. BrokerDefinitions.FederationPermissions]);
    }

    private static (string Downstream, string Upstream) Split(string link)
    {
        var parts = link.Split("<-");
        return (parts[0], parts[1]);
    }

    /// <summary>After the run: every process started, none paused, every link restored (idempotent).</summary>
    public async Task HealEverythingAsync(IReadOnlyList<string> members)
    {
        foreach (var (name, _) in corridor.RecordedProcesses())
        {
            await corridor.SignalAsync(name, "CONT");
        }
        foreach (var downstream in members)
        {
            foreach (var upstream in members.Where(m => m != downstream))
            {
                await RestoreAsync($"{downstream.ToLowerInvariant()}<-{upstream.ToLowerInvariant()}");
            }
        }
    }
}

using Grpc.Core;
using Grpc.Net.Client;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Signing;
using TravelCorridor.Signing.Corridor;

namespace TravelCorridor.Testing;

/// <summary>
/// Member states started by <c>deploy/local-corridor.sh</c>, the script users run: a broker per member, federated
/// with the others, and per member one node process or (split) membership, eligibility and clearance processes.
/// Tests drive it from outside, as a user would, over gRPC; dispose runs <c>down</c> and deletes its directory, and
/// a watchdog does both if the test run dies first.
/// </summary>
public sealed class LocalCorridor : IAsyncDisposable
{
    private static readonly TimeSpan UpTimeout = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, GrpcChannel> channels = [];
    private readonly Watchdog watchdog;

    private LocalCorridor(IReadOnlyList<string> members, bool split, string directory, int basePort)
    {
        Members = members;
        Split = split;
        Directory = directory;
        BasePort = basePort;
        watchdog = Watchdog.WhenGone($"{Quote(Script)} down --dir {Quote(directory)}; rm -rf -- {Quote(directory)}");
    }

    public IReadOnlyList<string> Members { get; }

    public bool Split { get; }

    /// <summary>Everything of the corridor: corridor.json, secrets/, and per member keys, broker, data and logs.</summary>
    public string Directory { get; }

    public int BasePort { get; }

    /// <summary>What <c>up</c> printed: progress, then every endpoint.</summary>
    public string UpOutput { get; private set; } = "";

    public static string Script => Path.Combine(NodeScript.RepositoryRoot(), "deploy", "local-corridor.sh");

    /// <summary>Runs <c>deploy/local-corridor.sh up --members … [--split]</c> on free ports and a scratch directory.</summary>
    public static async Task<LocalCorridor> UpAsync(bool split, params string[] members)
    {
        var corridor = new LocalCorridor(members, split, ScratchDirectory.NewPath("tc-local-corridor"), FreePort.Block(20 * members.Length));
        try
        {
            corridor.UpOutput = await corridor.RunAsync(UpTimeout, ["up", "--members", string.Join(',', members), .. split ? new[] { "--split" } : []]);
            return corridor;
        }
        catch
        {
            await corridor.DisposeAsync();
            throw;
        }
    }

    /// <summary>The process serving <paramref name="service"/> (membership, eligibility, clearance) of <paramref name="member"/>.</summary>
    public Uri Address(string member, string service)
    {
        var offset = !Split ? 0 : service switch
        {
            "membership" => 0,
            "eligibility" => 1,
            "clearance" => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(service), service, "membership, eligibility or clearance"),
        };
        return new Uri($"http://127.0.0.1:{BasePort + 20 * IndexOf(member) + offset}");
    }

    /// <summary>The AMQP port of <paramref name="member"/>'s broker.</summary>
    public int AmqpPort(string member) => BasePort + 20 * IndexOf(member) + 10;

    /// <summary>The node user's AMQP URI of <paramref name="member"/>'s broker, as the script configured its processes.</summary>
    public Uri AmqpUri(string member) =>
        new($"amqp://{member.ToLowerInvariant()}-node:{File.ReadAllText(Path.Combine(Directory, "secrets", member.ToLowerInvariant() + "-node")).Trim()}@127.0.0.1:{AmqpPort(member)}/");

    public GrpcChannel Channel(string member, string service)
    {
        var address = Address(member, service);
        lock (channels)
        {
            if (!channels.TryGetValue(address.ToString(), out var channel))
            {
                channel = GrpcChannel.ForAddress(address);
                channels[address.ToString()] = channel;
            }
            return channel;
        }
    }

    /// <summary>A development token from <paramref name="member"/>'s token key, good for each of its processes.</summary>
    public CallOptions As(string member, string role, string? forMember = null)
    {
        var key = DevelopmentSigningKey.LoadOrCreate(Path.Combine(MemberDirectory(member), "dev-token-key.jwk"));
        var token = DevelopmentTokens.Issue(key, role, forMember ?? member, "test", DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        return new CallOptions(new Metadata { { "Authorization", $"Bearer {token}" } });
    }

    /// <summary>The key <paramref name="member"/>'s clearance signs passes with (the script shares it between its processes).</summary>
    public EcSigningKey PassesKey(string member) =>
        SigningKeyFile.LoadOrCreate(Path.Combine(MemberDirectory(member), "clearance-passes-key.jwk"), $"{member.ToLowerInvariant()}-passes");

    public CorridorFile CorridorFile => CorridorFile.Read(Path.Combine(Directory, "corridor.json"));

    public Task<string> StatusAsync() => RunAsync(TimeSpan.FromMinutes(1), ["status"]);

    /// <summary>Process ids the script recorded, by name (<c>broker-sg</c>, <c>clearance-vn</c>…).</summary>
    public IReadOnlyDictionary<string, int> RecordedProcesses()
    {
        var file = Path.Combine(Directory, "pids");
        return File.Exists(file)
            ? File.ReadLines(file).Select(l => l.Split(' ')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))
            : new Dictionary<string, int>();
    }

    public Task<string> DownAsync() => RunAsync(TimeSpan.FromMinutes(2), ["down"]);

    /// <summary>KILL, TERM (waits until it is gone), STOP or CONT to one recorded process, e.g. <c>clearance-sg</c>.</summary>
    public Task<string> SignalAsync(string process, string signal) => RunAsync(TimeSpan.FromMinutes(2), ["signal", process, signal]);

    /// <summary>Starts one recorded process again after KILL or TERM; returns once it is healthy (a broker: accepts AMQP).</summary>
    public Task<string> StartAsync(string process) => RunAsync(TimeSpan.FromMinutes(3), ["start", process]);

    /// <summary>rabbitmqctl on <paramref name="member"/>'s broker.</summary>
    public Task<string> RabbitmqctlAsync(string member, params string[] arguments) => RunAsync(TimeSpan.FromMinutes(1), ["ctl", member, .. arguments]);

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in channels.Values)
        {
            channel.Dispose();
        }
        try
        {
            await DownAsync();
        }
        finally
        {
            watchdog.Dispose();
            if (System.IO.Directory.Exists(Directory))
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
        }
    }

    private string MemberDirectory(string member) => Path.Combine(Directory, member.ToLowerInvariant());

    private int IndexOf(string member)
    {
        var index = Members.ToList().IndexOf(member);
        return index >= 0 ? index : throw new ArgumentException($"{member} is not a member of this corridor ({string.Join(", ", Members)}).");
    }

    private Task<string> RunAsync(TimeSpan timeout, string[] arguments) =>
        Command.RunCheckedAsync(["bash", Script, .. arguments, "--dir", Directory, .. arguments[0] == "up" ? new[] { "--base-port", BasePort.ToString() } : []],
            environment: new Dictionary<string, string> { ["CORRIDOR_NODE"] = Path.Combine(AppContext.BaseDirectory, "corridor-node.dll") },
            timeout: timeout);

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

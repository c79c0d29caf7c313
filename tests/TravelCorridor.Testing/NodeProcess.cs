using System.Net;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Kernel;
using TravelCorridor.Membership.V1;

namespace TravelCorridor.Testing;

/// <summary>
/// A corridor node as its own OS process: the real <c>corridor-node</c> executable on a fixed free
/// port with its own data directory, for tests where services live in separate processes. It can be
/// killed without warning and started again on the same port and data; dispose kills it and deletes
/// the data, and a watchdog does both if the test run itself dies.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly ServerSupervisor supervisor;
    private readonly IReadOnlyList<string> commandLine;
    private readonly HttpClient http = new()
    {
        // The node's endpoint speaks HTTP/2 only, without TLS: prior knowledge, no upgrade.
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
    };

    private NodeProcess(string member, string dataDirectory, int port, IReadOnlyList<string> commandLine)
    {
        Member = member;
        DataDirectory = dataDirectory;
        Address = new Uri($"http://127.0.0.1:{port}");
        this.commandLine = commandLine;
        supervisor = new ServerSupervisor(ServiceAccount.Current, dataDirectory);
        Channel = GrpcChannel.ForAddress(Address);
        Membership = new MembershipService.MembershipServiceClient(Channel);
    }

    public string Member { get; }

    public string DataDirectory { get; }

    public Uri Address { get; }

    /// <summary>Survives restarts of the node: the channel reconnects by itself.</summary>
    public GrpcChannel Channel { get; }

    public MembershipService.MembershipServiceClient Membership { get; }

    /// <summary>The node's console output so far, across restarts.</summary>
    public string ConsoleLog => File.Exists(LogFile) ? File.ReadAllText(LogFile) : "";

    private string LogFile => Path.Combine(DataDirectory, "console.log");

    /// <summary>
    /// Starts <c>corridor-node --services <paramref name="services"/></c> for <paramref name="member"/>
    /// and returns once its health is SERVING; extra settings use configuration keys.
    /// </summary>
    public static async Task<NodeProcess> StartAsync(string member, string services, IReadOnlyDictionary<string, string>? settings = null)
    {
        var dataDirectory = ScratchDirectory.NewPath($"tc-process-{member.ToLowerInvariant()}");
        Directory.CreateDirectory(dataDirectory);
        var port = FreePort.Next();
        IReadOnlyList<string> commandLine =
        [
            DotnetHost(), CorridorNodeDll(),
            $"--urls=http://127.0.0.1:{port}",
            $"--Node:Member={member}",
            $"--Node:DataDirectory={dataDirectory}",
            "--services", services,
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:TravelCorridor=Information",
            .. TestCorridor.NodeSettings(member).Select(s => $"--{s.Key}={s.Value}"),
            .. (settings ?? new Dictionary<string, string>()).Select(s => $"--{s.Key}={s.Value}"),
        ];
        var node = new NodeProcess(member, dataDirectory, port, commandLine);
        try
        {
            await node.StartAsync();
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the node again (after <see cref="KillAsync"/>) on the same port and data directory.</summary>
    public Task StartAsync() =>
        supervisor.StartAsync($"corridor-node {Member} on {Address}", commandLine, LogFile, new Dictionary<string, string>(),
            IsServingAsync, StartTimeout);

    /// <summary>SIGKILL: no shutdown, no goodbye to its clients, as when the machine fails.</summary>
    public Task KillAsync() => supervisor.StopAsync(Signals.Kill, TimeSpan.Zero);

    /// <summary>A development token issued with the key in the node's data directory, the one it validates with.</summary>
    public CallOptions As(string role, string? member = null) =>
        new(new Metadata
        {
            {
                "Authorization",
                $"Bearer {DevelopmentTokens.Issue(DevelopmentSigningKey.LoadOrCreate(new NodeOptions { DataDirectory = DataDirectory }), role, member, "test", DateTimeOffset.UtcNow, TimeSpan.FromHours(1))}"
            },
        });

    /// <summary>The node's <c>/metrics</c> page (Prometheus text format).</summary>
    public Task<string> ScrapeMetricsAsync() => http.GetStringAsync(new Uri(Address, "/metrics"));

    public async Task<HealthCheckResponse.Types.ServingStatus> HealthAsync(string service = "") =>
        (await new Health.HealthClient(Channel).CheckAsync(new HealthCheckRequest { Service = service })).Status;

    public ValueTask DisposeAsync()
    {
        Channel.Dispose();
        http.Dispose();
        supervisor.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<bool> IsServingAsync()
    {
        try
        {
            return await HealthAsync() == HealthCheckResponse.Types.ServingStatus.Serving;
        }
        catch (RpcException)
        {
            return false; // not listening yet
        }
    }

    /// <summary>The dotnet that runs the tests (the SDK sets DOTNET_HOST_PATH), so the node runs on the same runtime.</summary>
    internal static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>The node's build output: the test references the Node project, so it is built with the tests.</summary>
    internal static string CorridorNodeDll()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "corridor-node.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }
        throw new FileNotFoundException($"corridor-node.dll with its runtimeconfig is not in {AppContext.BaseDirectory}; reference services/Node from the test project.");
    }
}

using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Hosting.Security;
using TravelCorridor.Membership.V1;
using TravelCorridor.Node;

namespace TravelCorridor.Testing;

/// <summary>
/// A real corridor node in this process: real Kestrel on a free loopback port speaking HTTP/2, its
/// own data directory, called through generated gRPC clients. Restartable on the same data.
/// </summary>
public sealed class NodeHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Action<WebApplicationBuilder>? addMore;
    private bool stopped;

    private NodeHost(WebApplication app, string member, string dataDirectory, IReadOnlyDictionary<string, string?> settings, Uri address,
        Action<WebApplicationBuilder>? addMore)
    {
        this.addMore = addMore;
        this.app = app;
        Member = member;
        DataDirectory = dataDirectory;
        Settings = settings;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
        Membership = new MembershipService.MembershipServiceClient(Channel);
    }

    /// <summary>How often test nodes refresh their cached health (the shortest period allowed).</summary>
    public static readonly TimeSpan HealthRefreshPeriod = TimeSpan.FromSeconds(1);

    public string Member { get; }

    public string DataDirectory { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public Uri Address { get; }

    public GrpcChannel Channel { get; }

    public MembershipService.MembershipServiceClient Membership { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Starts a node for <paramref name="member"/>; extra settings use configuration keys (<c>ConnectionStrings:RabbitMq</c>).</summary>
    public static async Task<NodeHost> StartAsync(string member, string? dataDirectory = null,
        IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? addMore = null)
    {
        dataDirectory ??= ScratchDirectory.NewPath($"tc-node-{member.ToLowerInvariant()}");
        settings ??= new Dictionary<string, string?>();
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            $"--Node:Member={member}",
            $"--Node:DataDirectory={dataDirectory}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:TravelCorridor=Information",
            // Broker outages are provoked on purpose; MassTransit's reconnect stack traces only bury the signal.
            "--Logging:LogLevel:MassTransit=Critical",
            "--Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks=Error",
            // Health answers from a cache refreshed this often; tests wait on it, so keep it short.
            $"--Health:RefreshPeriod={HealthRefreshPeriod}",
        };
        // The test corridor first, so a test's own settings (another key, no corridor file) take precedence.
        args.AddRange(TestCorridor.NodeSettings(member).Select(s => $"--{s.Key}={s.Value}"));
        args.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        var app = CorridorNode.Build([.. args], addMore);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new NodeHost(app, member, dataDirectory, settings, new Uri(address), addMore);
    }

    /// <summary>Stops this node and starts a new process-equivalent on the same data directory and settings.</summary>
    public async Task<NodeHost> RestartAsync()
    {
        await StopAsync();
        return await StartAsync(Member, DataDirectory, Settings, addMore);
    }

    /// <summary>A development token issued by this node's own key.</summary>
    public string Token(string role, string? member = null, TimeSpan? lifetime = null, DateTimeOffset? issuedAt = null) =>
        DevelopmentTokens.Issue(Services.GetRequiredService<DevelopmentSigningKey>(), role, member, "test",
            issuedAt ?? DateTimeOffset.UtcNow, lifetime ?? TimeSpan.FromHours(1));

    /// <summary>Call options carrying a bearer token for <paramref name="role"/>.</summary>
    public CallOptions As(string role, string? member = null) =>
        new(new Metadata { { "Authorization", $"Bearer {Token(role, member)}" } });

    /// <summary>
    /// Waits until health is SERVING: database reachable and, with a broker, every receive endpoint
    /// connected and bound, so events published from now on reach this node.
    /// </summary>
    public Task WaitUntilServingAsync(TimeSpan? timeout = null)
    {
        var health = new Health.HealthClient(Channel);
        return Eventually.Until(async () =>
        {
            try
            {
                return (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving;
            }
            catch (RpcException)
            {
                return false; // not answering yet
            }
        }, timeout ?? TimeSpan.FromSeconds(60));
    }

    /// <summary>The node's Prometheus text from <c>/metrics</c> (served over HTTP/2 like everything else).</summary>
    public async Task<string> MetricsAsync()
    {
        using var http = new HttpClient
        {
            DefaultRequestVersion = System.Net.HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        return await http.GetStringAsync(new Uri(Address, "/metrics"));
    }

    /// <summary>Stops the node, keeping its data directory (for a restart on the same data).</summary>
    public async Task StopAsync()
    {
        if (stopped)
        {
            return;
        }
        stopped = true;
        Channel.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>Stops the node and deletes its data directory.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

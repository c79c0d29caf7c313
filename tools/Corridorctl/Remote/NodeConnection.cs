using Grpc.Core;
using Grpc.Net.Client;

namespace TravelCorridor.Corridorctl.Remote;

/// <summary>A channel to one node and the bearer token calls carry; one per command run.</summary>
internal sealed class NodeConnection(Uri address, string? token) : IDisposable
{
    /// <summary>
    /// Long enough for a node to check a large rule set, short enough that a script is not left waiting on a
    /// node that accepted the connection but never answers.
    /// </summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly GrpcChannel channel = GrpcChannel.ForAddress(address);

    public Uri Address { get; } = address;

    /// <summary>The address as people typed it: scheme, host and port, without the trailing slash a Uri adds.</summary>
    public string Name => Address.GetLeftPart(UriPartial.Authority);

    public bool HasToken { get; } = token is not null;

    public CallInvoker Invoker => channel.CreateCallInvoker();

    public CallOptions Options(CancellationToken cancellationToken) =>
        new(Headers(), (TimeProvider.System.GetUtcNow() + Deadline).UtcDateTime, cancellationToken);

    /// <summary>For a stream that lasts as long as its input (a manifest): no deadline, only cancellation.</summary>
    public CallOptions StreamOptions(CancellationToken cancellationToken) => new(Headers(), null, cancellationToken);

    private Metadata? Headers() => token is null ? null : new Metadata { { "authorization", $"Bearer {token}" } };

    public void Dispose() => channel.Dispose();
}

using MassTransit;

namespace TravelCorridor.Messaging.Bus;

/// <summary>
/// Tells the outbox when the bus has its broker connection back. A publish that went out on a connection that
/// died unnoticed (a silent network cut, until heartbeats give it up) never gets its confirm; without this it
/// waited out <c>Outbox:PublishTimeout</c> and a growing back-off after the new connection was already up.
/// Receive endpoints report each (re)connection as Ready; the first Ready after an endpoint stopped or faulted
/// cancels <see cref="Token"/>, which the outbox's publishes and back-off wait on, so the backlog goes out on the
/// new connection at once.
/// </summary>
public sealed class BusReconnections : IReceiveEndpointObserver
{
    private readonly Lock gate = new();
    private CancellationTokenSource current = new();
    private bool down;

    /// <summary>Cancelled when the bus reconnects after a loss; a new token is handed out afterwards.</summary>
    public CancellationToken Token
    {
        get
        {
            lock (gate)
            {
                return current.Token;
            }
        }
    }

    public Task Ready(ReceiveEndpointReady ready)
    {
        CancellationTokenSource? reconnected = null;
        lock (gate)
        {
            if (down)
            {
                down = false;
                reconnected = current;
                current = new CancellationTokenSource();
            }
        }
        // Outside the lock: cancellation runs the waiting continuations. Not disposed: a batch may still be linking
        // to its token, and a source without a timer holds nothing but memory.
        reconnected?.Cancel();
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Lost();

    public Task Completed(ReceiveEndpointCompleted completed) => Lost();

    public Task Faulted(ReceiveEndpointFaulted faulted) => Lost();

    private Task Lost()
    {
        lock (gate)
        {
            down = true;
        }
        return Task.CompletedTask;
    }
}

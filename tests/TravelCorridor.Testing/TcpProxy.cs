using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace TravelCorridor.Testing;

/// <summary>
/// A TCP relay on a free loopback port in front of a server, whose path can go dark: <see cref="Cut"/> stops
/// relaying without closing anything, as when a network link, a firewall or the server's host dies — neither
/// side sees a close or a reset, only silence. After <see cref="Restore"/> new connections relay again; those
/// open during the cut stay dead, as TCP flows do after a real partition.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly IPEndPoint target;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentBag<Socket> sockets = [];
    private readonly Task accepting;
    private int generation;
    private volatile bool cut;

    public TcpProxy(int targetPort)
    {
        target = new IPEndPoint(IPAddress.Loopback, targetPort);
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>Every connection, open or new, goes silent.</summary>
    public void Cut()
    {
        cut = true;
        Interlocked.Increment(ref generation);
    }

    public void Restore() => cut = false;

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }
        try
        {
            await accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var client = await listener.AcceptSocketAsync(stopping.Token);
            sockets.Add(client);
            var born = Volatile.Read(ref generation);
            if (cut)
            {
                _ = DrainAsync(client); // accepted, then nothing: the handshake never completes
                continue;
            }
            var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
            sockets.Add(server);
            try
            {
                await server.ConnectAsync(target, stopping.Token);
            }
            catch (SocketException)
            {
                client.Dispose(); // the server is down: refuse as it would
                continue;
            }
            _ = RelayAsync(client, server, born);
            _ = RelayAsync(server, client, born);
        }
    }

    /// <summary>Copies bytes while the connection's generation is current; afterwards reads and drops them.</summary>
    private async Task RelayAsync(Socket from, Socket to, int born)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, stopping.Token);
                if (read == 0)
                {
                    if (born == Volatile.Read(ref generation))
                    {
                        to.Shutdown(SocketShutdown.Send);
                    }
                    return;
                }
                if (born == Volatile.Read(ref generation))
                {
                    await to.SendAsync(buffer.AsMemory(0, read), stopping.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task DrainAsync(Socket socket)
    {
        var buffer = new byte[4096];
        try
        {
            while (await socket.ReceiveAsync(buffer, stopping.Token) > 0)
            {
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }
}

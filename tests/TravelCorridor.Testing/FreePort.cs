using System.Net;
using System.Net.Sockets;

namespace TravelCorridor.Testing;

/// <summary>Loopback TCP ports that nothing listens on, for servers that tests start.</summary>
public static class FreePort
{
    // Ports are drawn below the kernel's ephemeral range: a broker restarted on the same port after an
    // outage must not find it taken by the source port of some outgoing connection made meanwhile.
    private const int LowestPort = 10_000;
    private static readonly HashSet<int> HandedOut = [];
    private static readonly Lock Gate = new();

    /// <summary>A port that was free on 127.0.0.1 just now and that this process has not handed out before.</summary>
    public static int Next()
    {
        var highest = EphemeralRangeStart() - 1;
        lock (Gate)
        {
            for (var attempt = 0; attempt < 1_000; attempt++)
            {
                var port = Random.Shared.Next(LowestPort, highest + 1);
                if (!HandedOut.Contains(port) && CanBind(port))
                {
                    HandedOut.Add(port);
                    return port;
                }
            }
        }

        throw new InvalidOperationException($"No free loopback port found in {LowestPort}-{highest}.");
    }

    /// <summary>The first of <paramref name="count"/> consecutive ports that were all free just now, none handed out before.</summary>
    public static int Block(int count)
    {
        var highest = EphemeralRangeStart() - count;
        lock (Gate)
        {
            for (var attempt = 0; attempt < 1_000; attempt++)
            {
                var first = Random.Shared.Next(LowestPort, highest + 1);
                var ports = Enumerable.Range(first, count).ToList();
                if (ports.All(p => !HandedOut.Contains(p) && CanBind(p)))
                {
                    HandedOut.UnionWith(ports);
                    return first;
                }
            }
        }

        throw new InvalidOperationException($"No {count} consecutive free loopback ports found in {LowestPort}-{highest + count - 1}.");
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int EphemeralRangeStart()
    {
        // Linux publishes the range; elsewhere assume the IANA one (49152) that other systems use.
        const string rangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
        if (File.Exists(rangeFile)
            && int.TryParse(File.ReadAllText(rangeFile).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], out var start)
            && start > LowestPort + 1_000)
        {
            return start;
        }

        return 49_152;
    }
}

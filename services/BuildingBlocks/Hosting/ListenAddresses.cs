using System.Net;
using System.Net.Sockets;

namespace TravelCorridor.Hosting;

/// <summary>
/// Refuses to start on a port something else already listens on, while the node has done nothing yet: Kestrel
/// would find out only after the hosted services ran (the databases migrated, the bus started) and then abort with a
/// stack trace. Checks the <c>--urls</c> addresses; endpoints configured under <c>Kestrel:Endpoints</c> are left to Kestrel.
/// </summary>
internal static class ListenAddresses
{
    /// <summary>The ports of a <c>;</c>-separated address list (those that parse).</summary>
    public static IReadOnlySet<int> Ports(string urls) => Parse(urls).Select(u => u.Uri.Port).ToHashSet();

    /// <exception cref="ArgumentException">A port is in use (one line, the node exits with 2).</exception>
    public static void EnsureFree(string urls)
    {
        var ports = new HashSet<int>();
        foreach (var (url, uri) in Parse(urls))
        {
            if (!ports.Add(uri.Port))
            {
                throw new ArgumentException($"{url}: port {uri.Port} is given twice (--urls and Node:HttpUrls need ports of their own).");
            }
            var address = uri.Host is "localhost" ? IPAddress.Loopback : IPAddress.TryParse(uri.Host, out var parsed) ? parsed : null;
            if (address is null)
            {
                continue;
            }
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(address, uri.Port));
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new ArgumentException(
                    $"{url} is already in use: another node or program listens on port {uri.Port}. Stop it or choose another address with --urls (gRPC) or --Node:HttpUrls (HTTP/1.1).");
            }
        }
    }

    private static IEnumerable<(string Url, Uri Uri)> Parse(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel's wildcards (http://*:5080, http://+:5080) are not valid URI hosts.
            if (Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
                    UriKind.Absolute, out var uri) && uri.Port > 0)
            {
                yield return (url, uri);
            }
        }
    }
}

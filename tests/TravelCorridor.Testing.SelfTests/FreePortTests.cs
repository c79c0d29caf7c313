using System.Net;
using System.Net.Sockets;

namespace TravelCorridor.Testing.SelfTests;

public sealed class FreePortTests
{
    [Fact]
    public void Ports_are_distinct_and_bindable()
    {
        var ports = Enumerable.Range(0, 20).Select(_ => FreePort.Next()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
        foreach (var port in ports)
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
        }
    }
}

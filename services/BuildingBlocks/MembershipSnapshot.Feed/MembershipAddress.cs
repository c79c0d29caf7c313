using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace TravelCorridor.MembershipSnapshot;

/// <summary>
/// The configured membership address, or else this node's own: the first address Kestrel listens on,
/// known only once it has started (tests listen on port 0).
/// </summary>
internal sealed class MembershipAddress(IOptions<MembershipSnapshotOptions> options, IServer server)
{
    public bool IsOwn => string.IsNullOrWhiteSpace(options.Value.Address);

    public Uri Resolve()
    {
        if (!IsOwn)
        {
            return new Uri(options.Value.Address!);
        }
        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("This node does not listen anywhere yet; its own membership address is known once it has started.");
        var address = new UriBuilder(listening);
        // A wildcard is where the node listens, not where to call it.
        address.Host = address.Host switch
        {
            "0.0.0.0" or "+" or "*" => "127.0.0.1",
            "[::]" => "[::1]",
            var host => host,
        };
        return address.Uri;
    }
}

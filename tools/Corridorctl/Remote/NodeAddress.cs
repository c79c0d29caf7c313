namespace TravelCorridor.Corridorctl.Remote;

/// <summary>Reads a node address as people type it: <c>http://host:port</c>, or just <c>host:port</c>.</summary>
internal static class NodeAddress
{
    public static Uri? Parse(string text, out string? problem)
    {
        // Without a scheme, "localhost:5080" would parse as a URI whose scheme is "localhost".
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text.Trim() : $"http://{text.Trim()}";
        if (Uri.TryCreate(candidate, UriKind.Absolute, out var address)
            && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
            && address.AbsolutePath == "/" && string.IsNullOrEmpty(address.Query))
        {
            problem = null;
            return address;
        }
        problem = $"--node '{text}' is not a node address such as {NodeOptions.DefaultAddress}";
        return null;
    }

    /// <summary>A grpcurl command line calling <paramref name="method"/> on the node (-plaintext unless it is https).</summary>
    public static string Grpcurl(Uri address, string arguments, string method) =>
        $"grpcurl {(address.Scheme == Uri.UriSchemeHttps ? "" : "-plaintext ")}{arguments} {address.Host}:{address.Port} {method}";
}

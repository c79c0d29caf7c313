namespace TravelCorridor.Kernel;

/// <summary>
/// Who this node is and where it keeps its files (section <c>Node</c>). Every building block, service and
/// the node's own commands read it, so it lives in the kernel: plain values, bound by whoever hosts it.
/// </summary>
public sealed class NodeOptions
{
    public const string Section = "Node";

    /// <summary>ISO 3166-1 alpha-2 code of the member state running this node, e.g. <c>SG</c>.</summary>
    public string Member { get; set; } = "SG";

    /// <summary>Directory for SQLite files and the development signing key; created at start.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// The node's own ES256 key that signs every event it publishes (use <c>NODE</c>), relative to the data
    /// directory unless absolute; created on first start. Its public half is the member's trust anchor in the
    /// corridor file. The processes of one member state that run its services separately share one key file.
    /// </summary>
    public string NodeKeyFile { get; set; } = "node-key.jwk";

    /// <summary>
    /// The ES256 key of development tokens (<c>corridor-node token</c>), relative to the data directory unless
    /// absolute; created on first start. The processes of one member state that run its services separately
    /// share it, so one token is good for all of them.
    /// </summary>
    public string TokenKeyFile { get; set; } = "dev-token-key.jwk";

    /// <summary>
    /// HTTP/1.1 addresses (<c>;</c>-separated) for clients that cannot speak h2c: REST/JSON, gRPC-Web, the OpenAPI
    /// document, <c>/healthz</c> and <c>/metrics</c>. Empty: none. When unset, a node on the default gRPC address
    /// (http://127.0.0.1:5080) also listens on http://127.0.0.1:5081 and a node given <c>--urls</c> on none.
    /// </summary>
    public string? HttpUrls { get; set; }

    /// <summary>The development token key file as an absolute path.</summary>
    public string TokenKeyPath => Path.GetFullPath(TokenKeyFile, DataPath);

    /// <summary>The node key file as an absolute path.</summary>
    public string NodeKeyPath => Path.GetFullPath(NodeKeyFile, DataPath);

    /// <summary>The data directory as an absolute path.</summary>
    public string DataPath => Path.GetFullPath(DataDirectory);

    /// <summary>Lower-case member code, used in queue and endpoint names.</summary>
    public string MemberSlug => Member.ToLowerInvariant();
}

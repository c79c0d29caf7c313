namespace TravelCorridor.Persistence;

/// <summary>
/// Who this node is and where it keeps its files (section <c>Node</c>). Every building block reads
/// it, so it lives in the lowest one.
/// </summary>
public sealed class NodeOptions
{
    public const string Section = "Node";

    /// <summary>ISO 3166-1 alpha-2 code of the member state running this node, e.g. <c>SG</c>.</summary>
    public string Member { get; set; } = "SG";

    /// <summary>Directory for SQLite files and the development signing key; created at start.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The data directory as an absolute path.</summary>
    public string DataPath => Path.GetFullPath(DataDirectory);

    /// <summary>Lower-case member code, used in queue and endpoint names.</summary>
    public string MemberSlug => Member.ToLowerInvariant();
}

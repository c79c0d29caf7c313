namespace TravelCorridor.Node;

/// <summary>
/// Which services this process runs: <c>--services membership,eligibility,clearance</c> (or
/// <c>Node:Services</c>); all available ones when not given.
/// </summary>
internal sealed record ServiceSelection(bool Membership)
{
    public IEnumerable<string> Names => Membership ? ["membership"] : [];

    public static readonly IReadOnlyList<string> Available = ["membership"];
    private static readonly IReadOnlyList<string> Planned = ["eligibility", "clearance"];

    public static ServiceSelection From(IConfiguration configuration)
    {
        var requested = configuration["services"] ?? configuration["Node:Services"];
        if (string.IsNullOrWhiteSpace(requested))
        {
            return new ServiceSelection(Membership: true);
        }
        var names = requested.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).ToHashSet();
        foreach (var name in names.Where(n => !Available.Contains(n)))
        {
            throw new ArgumentException(Planned.Contains(name)
                ? $"Service '{name}' is not part of this release yet; available: {string.Join(", ", Available)}."
                : $"Unknown service '{name}' in --services; available: {string.Join(", ", Available)}.");
        }
        return new ServiceSelection(Membership: names.Contains("membership"));
    }
}

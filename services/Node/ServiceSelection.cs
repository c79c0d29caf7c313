using TravelCorridor.Clearance;
using TravelCorridor.Eligibility;
using TravelCorridor.Hosting.Modules;
using TravelCorridor.Membership;

namespace TravelCorridor.Node;

/// <summary>
/// Which services this process runs: <c>--services membership,eligibility</c> (or <c>Node:Services</c>);
/// every available one when not given. A new service plugs in with one line in <see cref="Available"/>.
/// </summary>
internal sealed record ServiceSelection(IReadOnlyList<ICorridorModule> Modules)
{
    public static readonly IReadOnlyList<ICorridorModule> Available =
    [
        new MembershipModule(),
        new EligibilityModule(),
        new ClearanceModule(),
    ];

    public IEnumerable<string> Names => Modules.Select(m => m.Name);

    public static ServiceSelection From(IConfiguration configuration)
    {
        var requested = configuration["services"] ?? configuration["Node:Services"];
        if (string.IsNullOrWhiteSpace(requested))
        {
            return new ServiceSelection(Available);
        }
        var names = requested.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).ToHashSet();
        var unknown = names.Where(n => Available.All(m => m.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown service '{string.Join("', '", unknown)}' in --services; available: {string.Join(", ", Available.Select(m => m.Name))}.");
        }
        return new ServiceSelection(Available.Where(m => names.Contains(m.Name)).ToList());
    }
}

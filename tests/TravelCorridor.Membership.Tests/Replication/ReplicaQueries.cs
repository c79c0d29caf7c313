using Microsoft.EntityFrameworkCore;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>What replication tests ask of a node's change log.</summary>
internal static class ReplicaQueries
{
    public static Task<int> ChangesFromAsync(this NodeHost node, string origin) =>
        node.QueryAsync(db => db.ChangeLog.CountAsync(c => c.Origin == origin));
}

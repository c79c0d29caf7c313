using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Testing;

/// <summary>What replication tests ask of a node's change log.</summary>
public static class ReplicaQueries
{
    public static Task<int> ChangesFromAsync(this NodeHost node, string origin) =>
        node.QueryAsync(db => db.ChangeLog.CountAsync(c => c.Origin == origin));
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Membership.Data;
using TravelCorridor.Testing;

namespace TravelCorridor.Membership.Tests.Replication;

/// <summary>Looks into a node's database, for what the API does not show (outbox, change log origins).</summary>
internal static class ReplicaQueries
{
    public static async Task<T> QueryAsync<T>(this NodeHost node, Func<MembershipDbContext, Task<T>> query)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    public static Task<int> ChangesFromAsync(this NodeHost node, string origin) =>
        node.QueryAsync(db => db.ChangeLog.CountAsync(c => c.Origin == origin));

    public static Task<int> UnsentOutboxAsync(this NodeHost node) =>
        node.QueryAsync(db => db.Outbox.CountAsync(m => m.SentAt == null));
}

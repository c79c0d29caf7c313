using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Membership.Data;

namespace TravelCorridor.Testing;

/// <summary>Looks into a node's own database, for what the API does not show (outbox, dead letters, change log).</summary>
public static class NodeDatabase
{
    public static async Task<T> QueryAsync<T>(this NodeHost node, Func<MembershipDbContext, Task<T>> query)
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MembershipDbContext>());
    }

    public static Task<int> UnsentOutboxAsync(this NodeHost node) =>
        node.QueryAsync(db => db.Outbox.CountAsync(m => m.SentAt == null));
}

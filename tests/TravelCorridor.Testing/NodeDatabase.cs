using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Membership.Data;
using TravelCorridor.Messaging;

namespace TravelCorridor.Testing;

/// <summary>Looks into a node's own databases, for what the API does not show (outbox, dead letters, change log).</summary>
public static class NodeDatabase
{
    /// <summary>Queries membership's database.</summary>
    public static Task<T> QueryAsync<T>(this NodeHost node, Func<MembershipDbContext, Task<T>> query) =>
        node.QueryAsync<MembershipDbContext, T>(query);

    /// <summary>Queries the database of the service whose context is <typeparamref name="TContext"/>.</summary>
    public static async Task<T> QueryAsync<TContext, T>(this NodeHost node, Func<TContext, Task<T>> query)
        where TContext : DbContext
    {
        await using var scope = node.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    /// <summary>Events of membership's outbox not yet confirmed by the broker.</summary>
    public static Task<int> UnsentOutboxAsync(this NodeHost node) => node.UnsentOutboxAsync<MembershipDbContext>();

    public static Task<int> UnsentOutboxAsync<TContext>(this NodeHost node) where TContext : MessagingDbContext =>
        node.QueryAsync<TContext, int>(db => db.Outbox.CountAsync(m => m.SentAt == null));
}

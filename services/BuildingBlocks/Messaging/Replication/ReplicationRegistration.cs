using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TravelCorridor.Messaging.Replication;

/// <summary>Registers the shared write path of a service's data and, optionally, its change log.</summary>
public static class ReplicationRegistration
{
    /// <summary>One write gate, unit of work and replica writer for <typeparamref name="TContext"/>.</summary>
    public static IServiceCollection AddReplication<TContext>(this IServiceCollection services)
        where TContext : MessagingDbContext
    {
        services.TryAddSingleton<WriteGate<TContext>>();
        services.AddScoped<UnitOfWork<TContext>>();
        services.AddScoped<ReplicaWriter<TContext>>();
        return services;
    }

    /// <summary>A change log every change is written to, and the stream <c>Watch…</c> RPCs follow.</summary>
    public static IServiceCollection AddChangeLog<TContext>(this IServiceCollection services)
        where TContext : MessagingDbContext, IChangeLogContext
    {
        services.AddSingleton<ChangeFeed<TContext>>();
        services.AddSingleton<IChangeObserver<TContext>, ChangeLog<TContext>>();
        services.AddScoped<ChangeStream<TContext>>();
        return services;
    }

    /// <summary>
    /// A read model: one instance, told of every commit, loaded at start. Register it before
    /// <see cref="AddChangeLog{TContext}"/> so it is current when watchers wake.
    /// </summary>
    public static IServiceCollection AddReadModel<TContext, TModel>(this IServiceCollection services)
        where TContext : MessagingDbContext
        where TModel : class, IReadModel<TContext>
    {
        services.AddSingleton<TModel>();
        services.AddSingleton<IChangeObserver<TContext>>(sp => sp.GetRequiredService<TModel>());
        services.AddHostedService<ReadModelLoader<TContext, TModel>>();
        return services;
    }
}

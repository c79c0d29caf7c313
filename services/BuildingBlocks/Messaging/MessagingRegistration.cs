using MassTransit;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TravelCorridor.Kernel;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Messaging.Bus;
using TravelCorridor.Messaging.Outbox;
using TravelCorridor.Persistence;

namespace TravelCorridor.Messaging;

/// <summary>Registration of the bus, the outbox and the consumers of every service in the node.</summary>
public static class MessagingRegistration
{
    /// <summary>How long a stopping node waits for consumers still at work before it cancels them.</summary>
    public static readonly TimeSpan ConsumerStopTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Gives a consumer its own endpoint, named for this node (<c>sg-membership-corridor-opened</c>).</summary>
    /// <param name="concurrentMessages">
    /// 1 (the default) consumes the queue one event at a time, in arrival order. More only for events whose order
    /// does not matter and whose consumer may wait on something else (a rule set waiting for its key to arrive):
    /// one waiting event then holds one of these turns, not the queue. Writes still go through the write gate.
    /// </param>
    public static IServiceCollection AddEventConsumer<TConsumer, TMessage>(this IServiceCollection services, string service,
        int concurrentMessages = 1)
        where TConsumer : class, IConsumer<TMessage>
        where TMessage : class
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(concurrentMessages, 1);
        services.AddSingleton(new ConsumerEndpoint(typeof(TConsumer), typeof(TMessage), service, concurrentMessages));
        return services;
    }

    /// <summary>Publishes the outbox of <typeparamref name="TContext"/> in the background.</summary>
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services)
        where TContext : MessagingDbContext
    {
        services.TryAddSingleton<WriteGate<TContext>>();
        services.AddSingleton<OutboxAppender<TContext>>();
        services.AddScoped<OutboxBatch<TContext>>();
        services.AddHostedService<OutboxDispatcher<TContext>>();
        services.AddHostedService<MessagingRetention<TContext>>();
        return services;
    }

    /// <summary>
    /// Builds the one bus of the node, after every service registered its consumers: RabbitMQ when
    /// <c>ConnectionStrings:RabbitMq</c> is set, MassTransit's in-memory transport otherwise.
    /// </summary>
    public static IServiceCollection AddCorridorBus(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddSingleton<OutboxSignals>();
        services.AddSingleton<BusReconnections>();
        services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<BusReconnections>());
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        services.AddSingleton<OutboxPublisher>();
        services.AddSingleton<MessagingMetrics>();
        // A stopping node gives consumers this long to finish, then cancels them (a rule set waiting for its key, say):
        // what they held is not acknowledged, rolls back, and comes again when the node is back.
        services.Configure<MassTransitHostOptions>(o => o.ConsumerStopTimeout ??= ConsumerStopTimeout);
        AddEventAuthenticity(services, configuration);

        var endpoints = services.Where(d => d.ServiceType == typeof(ConsumerEndpoint))
            .Select(d => (ConsumerEndpoint)d.ImplementationInstance!).ToList();
        var rabbitMq = configuration.GetConnectionString("RabbitMq");

        UsageTelemetryGuard.EnsureNotReenabled(Environment.GetEnvironmentVariable(UsageTelemetryGuard.Variable));
        services.AddMassTransit(bus =>
        {
            // No call home: see UsageTelemetryGuard.
            bus.DisableUsageTelemetry();
            foreach (var endpoint in endpoints)
            {
                bus.AddConsumer(endpoint.Consumer);
            }
            if (string.IsNullOrWhiteSpace(rabbitMq))
            {
                bus.UsingInMemory((context, cfg) => ConfigureEndpoints(context, cfg, endpoints));
                return;
            }
            var settings = RabbitMqSettings.Parse(rabbitMq);
            bus.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(settings.Host, h =>
                {
                    h.Username(settings.Username);
                    h.Password(settings.Password);
                    h.PublisherConfirmation = true;
                    h.Heartbeat(settings.Heartbeat);
                });
                ConfigureEndpoints(context, cfg, endpoints);
            });
        });
        return services;
    }

    /// <summary>
    /// The node key and the trust anchors, read now rather than on first use: a corridor file that does not
    /// parse, or does not list this node's key, stops the node at start with one line saying what to fix.
    /// </summary>
    private static void AddEventAuthenticity(IServiceCollection services, IConfiguration configuration)
    {
        var node = Options.Create(configuration.GetSection(NodeOptions.Section).Get<NodeOptions>() ?? new NodeOptions());
        var corridor = Options.Create(configuration.GetSection(CorridorOptions.Section).Get<CorridorOptions>() ?? new CorridorOptions());
        var key = new NodeSigningKey(node);
        services.AddSingleton(key);
        services.AddSingleton(new TrustAnchors(corridor, node, key));
        services.AddSingleton<EventVerifier>();
    }

    private static void ConfigureEndpoints(IBusRegistrationContext context, IBusFactoryConfigurator cfg, List<ConsumerEndpoint> endpoints)
    {
        var node = context.GetRequiredService<IOptions<NodeOptions>>().Value;
        foreach (var endpoint in endpoints)
        {
            cfg.ReceiveEndpoint(EndpointNames.For(node.MemberSlug, endpoint.Service, endpoint.Message), e =>
            {
                // One at a time unless the service asked for more: replicas apply versions in arrival order.
                e.ConcurrentMessageLimit = endpoint.ConcurrentMessages;
                e.PrefetchCount = Math.Max(e.PrefetchCount, endpoint.ConcurrentMessages);
                // Before the retry and the consumer: an unauthentic event is refused once and touches nothing.
                e.UseConsumeFilter(typeof(EventAuthenticityFilter<>), context);
                e.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(200)));
                e.ConfigureConsumer(context, endpoint.Consumer);
            });
        }
    }
}

using Grpc.AspNetCore.HealthChecks;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace TravelCorridor.Hosting.Health;

/// <summary>
/// grpc.health.v1.Health answers from a cache that a background run of every health check refreshes
/// each <see cref="HealthOptions.RefreshPeriod"/>. Running the checks (database connection, bus) on
/// every Check made health slower than the API it guards, and let a busy prober load the database.
/// </summary>
internal static class HealthSetup
{
    public static IServiceCollection AddCorridorHealth(this IServiceCollection services, IConfiguration configuration)
    {
        var health = configuration.GetSection(HealthOptions.Section).Get<HealthOptions>() ?? new HealthOptions();
        health.Validate();
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section);

        // Registered first, so AddGrpcHealthChecks (TryAdd) keeps this cache instead of an empty one.
        services.AddSingleton(sp => NotYetChecked(sp.GetRequiredService<IOptions<GrpcHealthChecksOptions>>().Value));
        services.AddGrpcHealthChecks(o => o.UseHealthChecksCache = true);
        services.AddHostedService<StartupHealthCheck>();
        services.AddSingleton<IHealthCheckPublisher, HealthTransitionLog>();
        services.Configure<HealthCheckPublisherOptions>(o =>
        {
            // The start is covered by StartupHealthCheck; the periodic refresh begins one period later.
            o.Delay = health.RefreshPeriod;
            o.Period = health.RefreshPeriod;
            // Longer than any one check may take (below), so a slow check is reported, not the whole run dropped.
            o.Timeout = health.RefreshPeriod * 2;
        });
        // A run that never ends publishes nothing, and the cache would answer SERVING for as long as a
        // dependency hangs. Bounded, the hanging check reports unhealthy after one period instead.
        services.PostConfigure<HealthCheckServiceOptions>(o =>
        {
            foreach (var registration in o.Registrations.Where(r => r.Timeout == Timeout.InfiniteTimeSpan))
            {
                registration.Timeout = health.RefreshPeriod;
            }
        });
        return services;
    }

    // An empty cache answers Check with NOT_FOUND, which says "no such service" rather than "not
    // ready yet". Until the first run, every mapped service is NOT_SERVING: nothing has been checked.
    private static HealthServiceImpl NotYetChecked(GrpcHealthChecksOptions options)
    {
        var cache = new HealthServiceImpl();
        foreach (var service in options.Services)
        {
            cache.SetStatus(service.Name, HealthCheckResponse.Types.ServingStatus.NotServing);
        }
        return cache;
    }
}

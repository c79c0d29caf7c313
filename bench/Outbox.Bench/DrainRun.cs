using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Kernel;
using TravelCorridor.Membership.Data;
using TravelCorridor.Membership.Data.Providers;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Outbox;
using TravelCorridor.Persistence;
using TravelCorridor.Testing;

namespace TravelCorridor.Outbox.Bench;

/// <summary>
/// One measurement: an outbox holding <c>events</c> unsent rows spread over <c>aggregates</c>
/// aggregates, drained by the real dispatcher with a given batch size into a real broker with
/// publisher confirms. Only the outbox machinery runs (no consumers, no gRPC), so the figure is the
/// dispatcher's, not the node's other work.
/// </summary>
internal static class DrainRun
{
    public static async Task<double> EventsPerSecondAsync(Uri broker, int batchSize, int events, int aggregates)
    {
        var dataDirectory = ScratchDirectory.NewPath("tc-outbox-bench");
        try
        {
            using var host = Build(broker, dataDirectory, batchSize);
            await host.StartAsync();
            await FillAsync(host.Services, events, aggregates);
            var clock = Stopwatch.StartNew();
            host.Services.GetRequiredService<OutboxSignals>().For(typeof(MembershipDbContext)).Pulse();
            await WaitUntilDrainedAsync(host.Services);
            var seconds = clock.Elapsed.TotalSeconds;
            await host.StopAsync();
            return events / seconds;
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static IHost Build(Uri broker, string dataDirectory, int batchSize)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = broker.ToString(),
            ["Node:Member"] = "SG",
            ["Node:DataDirectory"] = dataDirectory,
            ["Outbox:BatchSize"] = batchSize.ToString(),
            // The run starts the dispatcher itself, once the outbox is full.
            ["Outbox:IdleCheck"] = "01:00:00",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("MassTransit", LogLevel.Error);
        builder.Services.AddOptions<NodeOptions>().BindConfiguration(NodeOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddServiceDatabase<MembershipDbContext, SqliteMembershipDbContext, PostgresMembershipDbContext>(builder.Configuration, "membership");
        builder.Services.AddOutbox<MembershipDbContext>();
        builder.Services.AddCorridorBus(builder.Configuration);
        return builder.Build();
    }

    /// <summary>Writes the rows through a context without the commit interceptor, so nothing wakes the dispatcher yet.</summary>
    private static async Task FillAsync(IServiceProvider services, int events, int aggregates)
    {
        using var scope = services.CreateScope();
        var connection = scope.ServiceProvider.GetRequiredService<MembershipDbContext>().Database.GetConnectionString();
        await using var db = new SqliteMembershipDbContext(new DbContextOptionsBuilder<SqliteMembershipDbContext>().UseSqlite(connection).Options);
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < events; i++)
        {
            var member = $"M{i % aggregates}";
            db.Enqueue(new MemberStateStatusChanged(Guid.NewGuid(), "SG", i / aggregates + 1, now, member, member, "SUSPENDED", "bench", now),
                $"member_states:{member}");
        }
        await db.SaveChangesAsync();
    }

    private static async Task WaitUntilDrainedAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MembershipDbContext>();
        while (await db.Outbox.AnyAsync(m => m.SentAt == null))
        {
            await Task.Delay(5);
        }
    }
}

using System.Collections.Concurrent;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TravelCorridor.Contracts.Membership;
using TravelCorridor.Kernel;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Testing;
using TravelCorridor.Contracts;

namespace TravelCorridor.Messaging.Tests.InMemory;

/// <summary>
/// A receive endpoint's pipeline as every service's consumer gets it, on MassTransit's in-memory test harness:
/// no broker, so it shows quickly that only an authentic event reaches a consumer. The broker-level tests
/// (a plain AMQP publisher forging events) are in the services' replication tests.
/// </summary>
public sealed class AuthenticityFilterHarnessTests : IAsyncLifetime
{
    private ServiceProvider services = null!;
    private ITestHarness harness = null!;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(TestCorridor.NodeSettings("VN").Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            {
                ["Node:Member"] = "VN",
                ["Node:DataDirectory"] = ScratchDirectory.NewPath("harness"),
            })
            .Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddMetrics()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<MessagingMetrics>()
            .AddSingleton<Received>();
        collection.AddOptions<NodeOptions>().BindConfiguration(NodeOptions.Section);
        collection.AddOptions<CorridorOptions>().BindConfiguration(CorridorOptions.Section);
        collection.AddSingleton<NodeSigningKey>();
        collection.AddSingleton<TrustAnchors>();
        collection.AddSingleton<EventVerifier>();
        collection.AddSingleton<IEventAuthority, OnlyTheProposerOpens>();
        collection.AddMassTransitTestHarness(bus =>
        {
            bus.AddConsumer<RecordingConsumer>();
            bus.UsingInMemory((context, cfg) => cfg.ReceiveEndpoint("vn-membership-corridor-opened", e =>
            {
                e.UseConsumeFilter(typeof(EventAuthenticityFilter<>), context);
                e.ConfigureConsumer<RecordingConsumer>(context);
            }));
        });
        services = collection.BuildServiceProvider(validateScopes: true);
        harness = services.GetRequiredService<ITestHarness>();
        await harness.Start();
    }

    [Fact]
    public async Task An_event_signed_by_its_origins_node_key_reaches_the_consumer()
    {
        var change = Opened(origin: "SG");

        await PublishAsync(change, TestCorridor.Sign(change));

        Assert.True(await harness.GetConsumerHarness<RecordingConsumer>().Consumed.Any<CorridorOpened>(m => m.Context.Message.EventId == change.EventId));
    }

    [Theory]
    [InlineData("unsigned")]
    [InlineData("signed by another member's node")]
    [InlineData("altered after signing")]
    [InlineData("not the origin's to write")]
    public async Task An_event_that_is_not_authentic_or_not_its_origins_to_write_is_acknowledged_and_never_reaches_the_consumer(string how)
    {
        var change = Opened(origin: how == "not the origin's to write" ? "TH" : "SG");
        var signature = how switch
        {
            "unsigned" => null,
            "signed by another member's node" => TestCorridor.Sign(change, signer: "TH"),
            _ => TestCorridor.Sign(change),
        };
        var sent = how == "altered after signing" ? change with { MaxStayDays = 365 } : change;

        await PublishAsync(sent, signature);

        Assert.True(await harness.Consumed.Any<CorridorOpened>(m => m.Context.Message.EventId == change.EventId));
        Assert.False(await harness.GetConsumerHarness<RecordingConsumer>().Consumed.Any<CorridorOpened>(m => m.Context.Message.EventId == change.EventId));
        Assert.DoesNotContain(change.EventId, services.GetRequiredService<Received>().EventIds);
    }

    public async Task DisposeAsync()
    {
        await harness.Stop();
        await services.DisposeAsync();
    }

    private Task PublishAsync(CorridorOpened change, string? signature) =>
        harness.Bus.Publish(change, context =>
        {
            if (signature is not null)
            {
                context.Headers.Set(EventSignature.Header, signature);
            }
        });

    private static CorridorOpened Opened(string origin) =>
        new(Guid.NewGuid(), origin, 2, DateTimeOffset.UtcNow, "MY-SG", "SG", "MY", ["ESSENTIAL_BUSINESS"], 30, DateTimeOffset.UtcNow.AddDays(-1));

    /// <summary>As membership's rule: a corridor is opened by its proposing member's node only.</summary>
    private sealed class OnlyTheProposerOpens : IEventAuthority
    {
        public string? Refusal(IIntegrationEvent change) =>
            change is CorridorOpened opened && opened.ProposingMember != opened.Origin ? "only the proposing member opens its corridor." : null;
    }

    private sealed class Received
    {
        public ConcurrentBag<Guid> EventIds { get; } = [];
    }

    private sealed class RecordingConsumer(Received received) : IConsumer<CorridorOpened>
    {
        public Task Consume(ConsumeContext<CorridorOpened> context)
        {
            received.EventIds.Add(context.Message.EventId);
            return Task.CompletedTask;
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TravelCorridor.Membership.V1;
using TravelCorridor.Messaging.Bus;
using TravelCorridor.Testing;

namespace TravelCorridor.Messaging.Tests;

/// <summary>A node makes no outbound call its operator did not configure.</summary>
public sealed class NoPhoneHomeTests
{
    [Fact]
    public async Task A_node_that_starts_serves_and_stops_looks_up_and_calls_no_host_but_loopback()
    {
        var hosts = new ConcurrentBag<string>();
        using var listener = new ActivityListener
        {
            // HttpClient requests and DNS lookups of every component in this process, MassTransit's included.
            ShouldListenTo = source => source.Name is "System.Net.Http" or "System.Net.NameResolution",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (HostOf(activity) is { } host)
                {
                    hosts.Add(host);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        await using (var node = await NodeHost.StartAsync("SG"))
        {
            await node.WaitUntilServingAsync();
            await node.Membership.ListMemberStatesAsync(new ListMemberStatesRequest());
            Assert.False(node.Services.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled);
        }

        // The listener sees this process's own gRPC calls over loopback, so an empty list would prove nothing.
        Assert.NotEmpty(hosts);
        Assert.All(hosts, host => Assert.Contains(host, new[] { "127.0.0.1", "localhost", "::1", "[::1]" }));
    }

    private static string? HostOf(Activity activity) =>
        activity.GetTagItem("server.address") as string
        ?? activity.GetTagItem("dns.question.name") as string
        ?? (activity.GetTagItem("url.full") is string url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null);

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    [InlineData("1")]
    public void A_node_refuses_to_start_when_the_environment_turns_usage_telemetry_back_on(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => UsageTelemetryGuard.EnsureNotReenabled(value));
        Assert.Contains("MASSTRANSIT_USAGE_TELEMETRY", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    [InlineData("0")]
    public void Usage_telemetry_left_off_lets_a_node_start(string? value) => UsageTelemetryGuard.EnsureNotReenabled(value);
}

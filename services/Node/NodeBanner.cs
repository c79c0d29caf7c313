using Microsoft.Extensions.Options;
using TravelCorridor.Persistence;

namespace TravelCorridor.Node;

/// <summary>One log line at start that says what this node is: member, services, addresses, data, broker.</summary>
internal static class NodeBanner
{
    public static void LogWhenStarted(WebApplication app, ServiceSelection selection)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var node = app.Services.GetRequiredService<IOptions<NodeOptions>>().Value;
            var broker = app.Configuration.GetConnectionString("RabbitMq") is { Length: > 0 } uri && Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
                ? $"RabbitMQ at {parsed.Host}:{(parsed.IsDefaultPort ? 5672 : parsed.Port)}"
                : "in-memory (single process; set ConnectionStrings:RabbitMq for a broker)";
            app.Logger.LogInformation("Corridor node {Member} serving {Services} on {Urls}; data in {DataPath}; events via {Broker}",
                node.Member, string.Join(", ", selection.Names), string.Join(", ", app.Urls), node.DataPath, broker);
        });
    }
}

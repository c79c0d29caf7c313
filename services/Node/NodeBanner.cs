using Microsoft.Extensions.Options;
using TravelCorridor.Kernel;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Persistence;

namespace TravelCorridor.Node;

/// <summary>
/// One log line at start that says what this node is: member, services, addresses, data, broker; and one about
/// whose events it accepts (a warning when it shares a broker without a corridor file, since it then refuses
/// every other node's events).
/// </summary>
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
            var anchors = app.Services.GetRequiredService<TrustAnchors>();
            var key = app.Services.GetRequiredService<NodeSigningKey>();
            if (anchors.FilePath is { } file)
            {
                app.Logger.LogInformation("Events are signed with node key {KeyId}; accepted from {Members} (corridor file {File})",
                    key.Key.KeyId, string.Join(", ", anchors.Members.Select(m => m.Code)), file);
            }
            else if (app.Configuration.GetConnectionString("RabbitMq") is { Length: > 0 })
            {
                app.Logger.LogWarning("No corridor file (Corridor:File): events of every other node are refused. Give every node the " +
                    "corridor file with the members' node keys (docs/operations.md); this node's key is {KeyId} ({Path})", key.Key.KeyId, key.Path);
            }
        });
    }
}

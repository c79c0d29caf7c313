using TravelCorridor.Hosting;
using TravelCorridor.Hosting.Modules;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Messaging;

namespace TravelCorridor.Node;

/// <summary>Composes a corridor node from its configuration; Program runs it, tests start it on a free port.</summary>
public static class CorridorNode
{
    /// <param name="args">Command line: configuration keys and <c>--services</c>.</param>
    /// <param name="addMore">Extra registrations before the bus is built (tests add a second outbox this way).</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? addMore = null)
    {
        // Settings ship next to the binary; data stays relative to where the node is started.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        AddSecretFiles(builder.Configuration);
        var selection = ServiceSelection.From(builder.Configuration);

        builder.AddCorridorDefaults();
        builder.AddMembershipSnapshot();
        foreach (var module in selection.Modules)
        {
            module.Add(builder);
        }
        builder.Services.AddModuleHealth(selection.Names);
        addMore?.Invoke(builder);
        builder.Services.AddCorridorBus(builder.Configuration);

        var app = builder.Build();
        app.MapCorridorDefaults();
        foreach (var module in selection.Modules)
        {
            module.Map(app);
        }
        NodeBanner.LogWhenStarted(app, selection);
        return app;
    }

    /// <summary>
    /// <c>Node:SecretsDirectory</c> (e.g. <c>/run/secrets</c>): settings kept out of the environment and the command
    /// line, one file per key named as the environment variable would be (<c>ConnectionStrings__RabbitMq</c>), as
    /// Docker and Kubernetes mount secrets. They take precedence over every other source.
    /// </summary>
    private static void AddSecretFiles(ConfigurationManager configuration)
    {
        if (configuration["Node:SecretsDirectory"] is not { Length: > 0 } directory)
        {
            return;
        }
        if (!Directory.Exists(directory))
        {
            throw new ArgumentException($"Node:SecretsDirectory {Path.GetFullPath(directory)} does not exist.");
        }
        configuration.AddKeyPerFile(Path.GetFullPath(directory), optional: false);
    }
}

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
}

using TravelCorridor.Hosting;
using TravelCorridor.Hosting.Modules;

namespace TravelCorridor.Node;

/// <summary>Composes a corridor node from its configuration; Program runs it, tests start it on a free port.</summary>
public static class CorridorNode
{
    public static WebApplication Build(string[] args)
    {
        // Settings ship next to the binary; data stays relative to where the node is started.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var selection = ServiceSelection.From(builder.Configuration);

        builder.AddCorridorDefaults();
        foreach (var module in selection.Modules)
        {
            module.Add(builder);
        }
        builder.Services.AddModuleHealth(selection.Names);
        builder.AddCorridorMessaging();

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

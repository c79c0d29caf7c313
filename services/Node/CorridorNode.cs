using TravelCorridor.Hosting;
using TravelCorridor.Membership;
using TravelCorridor.MembershipSnapshot;

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
        builder.AddMembershipSnapshot();
        if (selection.Membership)
        {
            builder.AddMembership();
        }
        builder.AddCorridorMessaging();

        var app = builder.Build();
        app.MapCorridorDefaults();
        if (selection.Membership)
        {
            app.MapMembership();
        }
        NodeBanner.LogWhenStarted(app, selection);
        return app;
    }
}

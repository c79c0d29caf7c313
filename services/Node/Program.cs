using TravelCorridor.Hosting;
using TravelCorridor.Membership;
using TravelCorridor.Node;

if (args is ["token", ..])
{
    return TokenCommand.Run(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
var selection = ServiceSelection.From(builder.Configuration);

builder.AddCorridorDefaults();
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
app.Run();
return 0;

using TravelCorridor.Corridorctl;

// No host, no DI container: this is started once per rule from scripts, so start-up time matters.
return await CorridorCommand.InvokeAsync(args);

using System.Text.Json;

namespace TravelCorridor.Contracts;

/// <summary>The one JSON shape used for events stored in the outbox and change logs.</summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

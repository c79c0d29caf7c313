using TravelCorridor.Contracts;
using TravelCorridor.Signing;

namespace TravelCorridor.Messaging.Authenticity;

/// <summary>Signs an event as <see cref="EventSignature"/> describes, with a node key.</summary>
public static class EventSigner
{
    public static string Sign(EcSigningKey key, IIntegrationEvent change) =>
        CompactJws.SignDetached(key, EventSignature.SigningInput(change), EventSignature.Type);
}

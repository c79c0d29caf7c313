using MassTransit;
using TravelCorridor.Contracts;

namespace TravelCorridor.Messaging.Authenticity;

/// <summary>
/// The first step of every receive endpoint: an event reaches its consumer only when <see cref="EventVerifier"/>
/// accepts it. A refused one is consumed without effect (acknowledged, so it is not redelivered forever).
/// </summary>
public sealed class EventAuthenticityFilter<T>(EventVerifier verifier) : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (context.Message is not IIntegrationEvent change ||
            await verifier.AcceptAsync(change, context.Headers.Get<string>(EventSignature.Header), context.CancellationToken))
        {
            await next.Send(context);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("eventAuthenticity");
}

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TravelCorridor.Messaging.Outbox;

/// <summary>Wakes the dispatcher of the context's own outbox as soon as a save that added outbox rows has committed.</summary>
internal sealed class OutboxCommitInterceptor(OutboxSignals signals) : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Wake(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Wake(eventData);
        return ValueTask.FromResult(result);
    }

    private void Wake(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context is MessagingDbContext { HasNewOutboxMessages: true } context)
        {
            context.HasNewOutboxMessages = false;
            signals.Pulse(context.GetType());
        }
    }
}

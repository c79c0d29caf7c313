using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Messaging.Bus;

namespace TravelCorridor.Messaging.Outbox;

/// <summary>
/// Drains one service's outbox: wakes on that service's commits, publishes a batch at a time (see
/// <see cref="OutboxBatch{TContext}"/>), and after a failure waits a growing delay before it tries the
/// oldest unsent rows again, so nothing is skipped while the broker is down and the backlog drains as
/// soon as it returns: a reconnection of the bus (<see cref="BusReconnections"/>) ends the wait and gives up
/// publishes still waiting on the old connection.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignals signals,
    BusReconnections reconnections,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService where TContext : MessagingDbContext
{
    private readonly OutboxOptions settings = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var signal = signals.For(typeof(TContext));
        var backoff = settings.InitialBackoff;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var reconnected = reconnections.Token;
                var outcome = await PublishBatchAsync(reconnected, stoppingToken);
                if (outcome == BatchOutcome.Failed)
                {
                    if (await BackOffAsync(backoff, reconnected, stoppingToken))
                    {
                        backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, settings.MaxBackoff.Ticks));
                    }
                    else
                    {
                        backoff = settings.InitialBackoff;
                    }
                    continue;
                }
                backoff = settings.InitialBackoff;
                if (outcome == BatchOutcome.Empty)
                {
                    await signal.WaitAsync(settings.IdleCheck, stoppingToken);
                }
                else if (outcome == BatchOutcome.Published && settings.Linger > TimeSpan.Zero)
                {
                    await Task.Delay(settings.Linger, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database itself failed (locked, unreachable): wait and try again, never exit.
                logger.LogError(e, "Outbox dispatch of {Context} failed; retrying in {Delay}", typeof(TContext).Name, backoff);
                await Task.Delay(backoff, time, stoppingToken);
            }
        }
    }

    private async Task<BatchOutcome> PublishBatchAsync(CancellationToken reconnected, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxBatch<TContext>>().PublishAsync(reconnected, stoppingToken);
    }

    /// <summary>Waits <paramref name="backoff"/>; false when the bus reconnected meanwhile (or before), which ends the wait.</summary>
    private async Task<bool> BackOffAsync(TimeSpan backoff, CancellationToken reconnected, CancellationToken stoppingToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, reconnected);
        try
        {
            await Task.Delay(backoff, time, wait.Token);
            return true;
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }
}

using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace TravelCorridor.Testing;

/// <summary>
/// Waits for a condition by polling it until a deadline, so tests never guess a sleep long enough for
/// something asynchronous (a broker restart, a message crossing a federation link) to happen.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Polls <paramref name="condition"/> until it returns true; throws <see cref="TimeoutException"/> once
    /// <paramref name="timeout"/> has passed. An exception thrown by the condition propagates at once:
    /// catch inside the condition whatever counts as "not yet".
    /// </summary>
    public static async Task Until(
        Func<Task<bool>> condition,
        TimeSpan timeout,
        TimeSpan? pollInterval = null,
        [CallerArgumentExpression(nameof(condition))] string? description = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            if (await condition().ConfigureAwait(false))
            {
                return;
            }

            if (elapsed.Elapsed >= timeout)
            {
                throw new TimeoutException($"Condition not met within {timeout.TotalSeconds:0.###} s: {description}");
            }

            await Task.Delay(pollInterval ?? DefaultPollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc cref="Until(Func{Task{bool}}, TimeSpan, TimeSpan?, string?, CancellationToken)"/>
    public static Task Until(
        Func<bool> condition,
        TimeSpan timeout,
        TimeSpan? pollInterval = null,
        [CallerArgumentExpression(nameof(condition))] string? description = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Until(() => Task.FromResult(condition()), timeout, pollInterval, description, cancellationToken);
    }
}

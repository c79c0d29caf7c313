namespace TravelCorridor.Messaging.Tests;

public sealed class AsyncSignalTests
{
    [Fact]
    public async Task A_pulse_sent_before_anyone_waits_is_not_lost()
    {
        var signal = new AsyncSignal();
        signal.Pulse();
        signal.Pulse();
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }
}

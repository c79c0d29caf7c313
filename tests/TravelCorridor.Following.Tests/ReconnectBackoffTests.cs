namespace TravelCorridor.Following.Tests;

public sealed class ReconnectBackoffTests
{
    [Fact]
    public void Waits_double_up_to_the_maximum_and_start_small_again_after_a_reset()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(1));
        var ceilings = new[] { 250, 500, 1000, 1000 };

        foreach (var ceiling in ceilings)
        {
            var wait = backoff.Next().TotalMilliseconds;
            Assert.InRange(wait, ceiling / 2.0, ceiling);
        }

        backoff.Reset();
        Assert.InRange(backoff.Next().TotalMilliseconds, 125, 250);
    }
}

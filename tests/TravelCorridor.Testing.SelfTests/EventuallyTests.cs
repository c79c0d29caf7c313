namespace TravelCorridor.Testing.SelfTests;

public sealed class EventuallyTests
{
    [Fact]
    public async Task Returns_once_the_condition_holds()
    {
        var polls = 0;

        await Eventually.Until(() => ++polls >= 3, TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(1));

        Assert.Equal(3, polls);
    }

    [Fact]
    public async Task Times_out_naming_the_condition()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => Eventually.Until(() => Task.FromResult(false), TimeSpan.FromMilliseconds(50)));

        Assert.Contains("Task.FromResult(false)", error.Message);
    }

    [Fact]
    public async Task Exceptions_from_the_condition_propagate()
    {
        Func<bool> broken = () => throw new InvalidOperationException("broken");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Eventually.Until(broken, TimeSpan.FromSeconds(10)));
    }
}

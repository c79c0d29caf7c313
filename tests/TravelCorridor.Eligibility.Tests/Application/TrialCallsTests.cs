using Microsoft.Extensions.Options;
using TravelCorridor.Eligibility.Application;
using TravelCorridor.Testing;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Eligibility.Tests.Application;

public sealed class TrialCallsTests
{
    private readonly TrialCalls trials = new(Options.Create(new EligibilityOptions
    {
        MaxConcurrentTrialsPerCaller = 2, TestCallBudget = TimeSpan.FromMilliseconds(50),
    }));

    [Fact]
    public void A_caller_gets_two_turns_at_once_and_a_third_once_one_ends()
    {
        var first = trials.Enter("SG/alice");
        using var second = trials.Enter("SG/alice");

        var refused = Assert.Throws<ResourceExhaustedException>(() => trials.Enter("SG/alice"));
        using var other = trials.Enter("VN/bob");
        first.Dispose();
        first.Dispose(); // twice is once
        using var third = trials.Enter("SG/alice");

        Assert.Equal("TOO_MANY_CONCURRENT_TRIALS", refused.Reason);
        Assert.Throws<ResourceExhaustedException>(() => trials.Enter("SG/alice"));
    }

    [Fact]
    public async Task A_budget_ends_with_the_call_or_when_it_is_spent()
    {
        using var call = new CancellationTokenSource();
        using var budget = trials.Budget(call.Token);
        await call.CancelAsync();

        Assert.True(budget.IsCancellationRequested);
        using var spent = trials.Budget(CancellationToken.None);
        await Eventually.Until(() => Task.FromResult(spent.IsCancellationRequested), TimeSpan.FromSeconds(10));
    }
}

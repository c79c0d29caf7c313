using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Eligibility.Application;

/// <summary>
/// Keeps trial calls (<c>TestRuleSet</c>, <c>ValidateRuleSet</c>) — which compile and evaluate whatever a caller
/// sends, with any role — from taking the node's cores: each caller may run a few at once, and a test call's
/// decisions stop at its budget (<see cref="EligibilityOptions.TestCallBudget"/>) or when its caller leaves.
/// </summary>
public sealed class TrialCalls(IOptions<EligibilityOptions> options)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> callers = new();

    /// <summary>A turn for <paramref name="caller"/>, released on dispose.</summary>
    /// <exception cref="ResourceExhaustedException">The caller already has as many trial calls running as allowed.</exception>
    public IDisposable Enter(string caller)
    {
        var most = options.Value.MaxConcurrentTrialsPerCaller;
        var gate = callers.GetOrAdd(caller, _ => new SemaphoreSlim(most, most));
        if (!gate.Wait(0))
        {
            throw new ResourceExhaustedException("TOO_MANY_CONCURRENT_TRIALS",
                $"{caller} already has {most} rule-set tests or validations running; wait for one to finish.",
                new Dictionary<string, string> { ["caller"] = caller, ["max_concurrent"] = most.ToString() });
        }
        return new Turn(gate);
    }

    /// <summary>Cancelled when the call's budget is spent or the caller cancels, whichever comes first.</summary>
    public CancellationTokenSource Budget(CancellationToken call)
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(call);
        budget.CancelAfter(options.Value.TestCallBudget);
        return budget;
    }

    /// <summary>The refusal of a test call whose budget ran out after <paramref name="decided"/> of <paramref name="cases"/> cases.</summary>
    public ResourceExhaustedException OverBudget(int decided, int cases) =>
        new("TEST_BUDGET_EXCEEDED",
            $"Deciding the cases took more than {options.Value.TestCallBudget.TotalSeconds:0.#} s (Eligibility:TestCallBudget); " +
            $"{decided} of {cases} were decided. Send fewer cases per call, or simplify the rules.",
            new Dictionary<string, string> { ["decided_cases"] = decided.ToString(), ["cases"] = cases.ToString() });

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}

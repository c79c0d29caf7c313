using System.Globalization;
using TravelCorridor.Chaos;

// deploy/chaos.sh --seed S --minutes M   (or --seconds N): exit 0 when every check held, 1 on a violation, 2 on bad arguments.
// --plan prints the fault schedule of the seed and duration without running anything.
var plan = args.Contains("--plan");
args = args.Where(a => a != "--plan").ToArray();
var options = new Dictionary<string, string>();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}
if (args.Length % 2 != 0 || options.Keys.Any(k => k is not ("seed" or "minutes" or "seconds")))
{
    Console.Error.WriteLine("usage: deploy/chaos.sh [--seed S] [--minutes M | --seconds N] [--plan]   (defaults: a random seed, 2 minutes)");
    return 2;
}
var seed = options.TryGetValue("seed", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : Random.Shared.Next(1, 1_000_000);
var duration = options.TryGetValue("seconds", out var seconds) ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture))
    : TimeSpan.FromMinutes(options.TryGetValue("minutes", out var minutes) ? double.Parse(minutes, CultureInfo.InvariantCulture) : 2);
if (plan)
{
    foreach (var fault in FaultSchedule.Make(seed, duration, ChaosRun.Members))
    {
        Console.WriteLine(fault);
    }
    return 0;
}
var started = DateTimeOffset.UtcNow;
var violations = await ChaosRun.RunAsync(seed, duration, line => Console.WriteLine($"[{(DateTimeOffset.UtcNow - started).TotalSeconds,6:0.0}s] {line}"));
Console.WriteLine(violations.Count == 0
    ? $"PASSED seed {seed}"
    : $"FAILED seed {seed}: {violations.Count} violation(s); run again with: deploy/chaos.sh --seed {seed} --seconds {duration.TotalSeconds:0}");
return violations.Count == 0 ? 0 : 1;

namespace TravelCorridor.Chaos;

/// <summary>One fault of the schedule: what is done to which part, and for how long before it is healed.</summary>
internal sealed record Fault(TimeSpan At, string Kind, string Target, TimeSpan Lasting)
{
    public override string ToString() => $"{At.TotalSeconds,6:0.0}s  {Kind,-12} {Target,-16} for {Lasting.TotalSeconds:0.0}s";
}

/// <summary>
/// The seeded fault schedule: one fault at a time, 1–4 s apart, each lasting 2–8 s: <c>kill -9</c> of a service
/// process (started again when healed), a broker stopped and started, a federation link cut (the downstream's
/// federation user loses its permissions on the upstream broker and its connections are closed; its upstream queue
/// keeps what is published meanwhile, as across a network cut) and restored, a process paused (SIGSTOP/SIGCONT).
/// The same seed gives the same schedule.
/// </summary>
internal static class FaultSchedule
{
    private static readonly string[] Services = ["membership", "eligibility", "clearance"];

    public static IReadOnlyList<Fault> Make(int seed, TimeSpan duration, IReadOnlyList<string> members)
    {
        var random = new Random(seed);
        var faults = new List<Fault>();
        var at = TimeSpan.FromSeconds(2);
        while (true)
        {
            at += TimeSpan.FromSeconds(1 + random.NextDouble() * 3);
            var lasting = TimeSpan.FromSeconds(2 + random.NextDouble() * 6);
            if (at + lasting > duration)
            {
                return faults;
            }
            var member = members[random.Next(members.Count)].ToLowerInvariant();
            faults.Add(random.Next(4) switch
            {
                0 => new Fault(at, "kill", $"{Services[random.Next(3)]}-{member}", lasting),
                1 => new Fault(at, "stop-broker", $"broker-{member}", lasting),
                2 => new Fault(at, "cut-link", $"{member}<-{Other(members, member, random)}", lasting),
                _ => new Fault(at, "pause", $"{Services[random.Next(3)]}-{member}", lasting),
            });
            at += lasting;
        }
    }

    private static string Other(IReadOnlyList<string> members, string member, Random random)
    {
        var others = members.Select(m => m.ToLowerInvariant()).Where(m => m != member).ToList();
        return others[random.Next(others.Count)];
    }
}

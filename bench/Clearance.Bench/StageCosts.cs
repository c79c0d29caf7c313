using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Clearance.Application;
using TravelCorridor.Clearance.Data;
using TravelCorridor.Clearance.Domain;
using TravelCorridor.Clearance.Grpc;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Contracts;
using TravelCorridor.Decisions.Judging;
using TravelCorridor.Decisions.Mapping;
using TravelCorridor.Decisions.Validation;
using TravelCorridor.MembershipSnapshot;
using TravelCorridor.Messaging;
using TravelCorridor.Messaging.Authenticity;
using TravelCorridor.Messaging.Outbox;
using TravelCorridor.Persistence;
using TravelCorridor.Signing;
using TravelCorridor.Testing;
using TravelCorridor.Validation;

namespace TravelCorridor.Clearance.Bench;

/// <summary>
/// What each part of a ClearTraveller costs, measured on the node's own objects (an in-process SG node with MY-SG
/// open, SQLite): each part alone in a loop on one thread, the parts taking turns so that the machine's slow spells
/// fall on all of them; then the audit log under 64 decisions in flight, whose writer thread's CPU per decision is
/// the insert, the event row and the commit with its flush. What the gRPC call itself, the token and the response on
/// the wire cost comes from bench/grpc-load (Ping, Ping(token)), measured in its own run.
/// </summary>
internal static class StageCosts
{
    public static async Task RunAsync(int iterations, int rounds)
    {
        await using var node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["Eligibility:SeedBaselineRules"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await Corridors.OpenAsync(node, "MY", "SG", 14, TravelCorridor.Type.V1.TravelPurpose.EssentialBusiness);
        var services = node.Services;
        var desk = services.GetRequiredService<ClearanceDesk>();
        var decider = services.GetRequiredService<EligibilityDecider>();
        var membership = services.GetRequiredService<IMembershipSnapshot>();
        var recorder = services.GetRequiredService<IClearanceRecorder>();
        var application = Travellers.BusinessTrip();
        var decision = decider.Decide(application, null, "en");
        if (decision.Outcome != DecisionOutcome.Cleared)
        {
            throw new InvalidOperationException($"the bench traveller is {decision.Outcome}, not cleared");
        }
        var answer = decision.ToProto();
        var record = desk.Record(application, decision, answer, "SG/bench");
        var announcement = ClearanceDesk.Announcement(record, decision);
        // The same traveller without a vaccination record: REFERRED, so its record carries no pass.
        var referredApplication = application.Clone();
        referredApplication.Health.Vaccinations.Clear();
        var referred = decider.Decide(referredApplication, null, "en");
        if (referred.Outcome != DecisionOutcome.Referred)
        {
            throw new InvalidOperationException($"the bench traveller without vaccinations is {referred.Outcome}, not referred");
        }
        var referredAnswer = referred.ToProto();
        var nodeKey = services.GetRequiredService<NodeSigningKey>();
        var claims = System.Text.Encoding.UTF8.GetBytes(new string('x', 420));

        var stages = new (string Name, Action Run)[]
        {
            ("validation of the application", () => new RequestValidator()
                .Application(application, "application", code => membership.Current.FindMember(code) is not null, DateTimeOffset.UtcNow)
                .LanguageCode("en", "language_code").ThrowIfInvalid()),
            ("decision (membership, every rule)", () => decider.Decide(application, null, "en")),
            ("decision in API form (ToProto)", () => decision.ToProto()),
            ("pass: holder binding, claims, ES256 signature", () => desk.SignPass(application, decision, record.ClearanceId,
                record.TravellerReference, record.DecidedAt, record.PassValidUntil!.Value)),
            ("record with its pass (ids, traveller reference, decision bytes, pass)", () => desk.Record(application, decision, answer, "SG/bench")),
            ("record without a pass (a referred traveller)", () => desk.Record(referredApplication, referred, referredAnswer, "SG/bench")),
            ("event of the decision", () => ClearanceDesk.Announcement(record, decision)),
            ("event as outbox JSON", () => JsonSerializer.SerializeToUtf8Bytes(announcement, announcement.GetType(), EventJson.Options)),
            ("event signed with the node key (the outbox, before publishing)", () => EventSigner.Sign(nodeKey.Key, announcement)),
            ("ES256 signature alone (a pass's claims)", () => CompactJws.Sign(nodeKey.Key, claims, "bench")),
            ("response built and serialised", () => new ClearTravellerResponse { Clearance = record.ToProto(answer) }.ToByteArray()),
        };
        Console.WriteLine($"Parts of a ClearTraveller, each alone on one thread: {rounds} rounds of {iterations:N0} calls, parts taking turns " +
            "(µs per call: median of the rounds, then the lowest and highest round).");
        foreach (var (_, run) in stages)
        {
            for (var i = 0; i < iterations; i++)
            {
                run(); // JIT warm-up (tiered compilation reaches its final code after enough calls)
            }
        }
        var perCall = stages.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var s = 0; s < stages.Length; s++)
            {
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < iterations; i++)
                {
                    stages[s].Run();
                }
                perCall[s].Add(clock.Elapsed.TotalMicroseconds / iterations);
            }
        }
        for (var s = 0; s < stages.Length; s++)
        {
            var values = perCall[s].Order().ToList();
            Console.WriteLine($"  {stages[s].Name,-72} {values[values.Count / 2],8:0.0} µs   ({values[0]:0.0} … {values[^1]:0.0})");
        }

        AuditBatches(services, desk, application, decision, answer, rounds);
        await AuditUnderLoadAsync(desk, recorder, application, decision, answer, rounds);
    }

    /// <summary>
    /// The audit writer's steps apart, as <c>AuditLog</c> runs them, one batch of 16 decisions at a time through the
    /// node's own write gate and database: the clearance rows (one prepared statement), the outbox rows, and the commit
    /// (SQLite, synchronous=FULL: it returns once the log is on disk). Records are built beforehand, untimed.
    /// </summary>
    private static void AuditBatches(IServiceProvider services, ClearanceDesk desk, TravelCorridor.Type.V1.TravellerApplication application,
        EligibilityDecision decision, TravelCorridor.Type.V1.Decision answer, int rounds)
    {
        const int batchSize = 16;
        const int batches = 200;
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ClearanceDbContext>();
        var gate = services.GetRequiredService<WriteGate<ClearanceDbContext>>();
        var outbox = new OutboxAppender<ClearanceDbContext>(services.GetRequiredService<OutboxSignals>());
        var rows = new RowInserter<ClearanceRecord>(db);
        db.Database.OpenConnection();
        Console.WriteLine();
        Console.WriteLine($"The audit writer's steps, {rounds} rounds of {batches} batches of {batchSize} decisions (µs per decision; " +
            "the commit's is wall time, mostly waiting for the disk, and its CPU beside it):");
        for (var round = 0; round <= rounds; round++)
        {
            double insert = 0, append = 0, commit = 0;
            var commitCpu = TimeSpan.Zero;
            for (var b = 0; b < batches; b++)
            {
                var records = Enumerable.Range(0, batchSize).Select(_ => desk.Record(application, decision, answer, "SG/bench")).ToList();
                var events = records.Select(r => (ClearanceDesk.Announcement(r, decision), "clearance:" + r.ClearanceId)).ToList();
                using var turn = gate.Enter();
                using var transaction = db.Database.BeginTransaction();
                var started = Stopwatch.GetTimestamp();
                rows.Insert(db, records);
                var inserted = Stopwatch.GetTimestamp();
                outbox.Append(db, events);
                var appended = Stopwatch.GetTimestamp();
                var cpuBefore = ThreadCpu();
                transaction.Commit();
                commitCpu += ThreadCpu() - cpuBefore;
                var committed = Stopwatch.GetTimestamp();
                outbox.Committed(db);
                insert += Stopwatch.GetElapsedTime(started, inserted).TotalMicroseconds;
                append += Stopwatch.GetElapsedTime(inserted, appended).TotalMicroseconds;
                commit += Stopwatch.GetElapsedTime(appended, committed).TotalMicroseconds;
            }
            if (round == 0)
            {
                continue; // warm-up
            }
            var decisions = (double)batches * batchSize;
            Console.WriteLine($"  round {round}: clearance row {insert / decisions,5:0.0}, outbox row {append / decisions,5:0.0}, " +
                $"commit {commit / decisions,5:0.0} (CPU {commitCpu.TotalMicroseconds / decisions:0.0}; {commit / batches / 1000:0.00} ms per commit)");
        }
    }

    /// <summary>This thread's CPU time so far (user and system), in clock ticks of 10 ms.</summary>
    private static TimeSpan ThreadCpu() => TimeSpan.FromSeconds((double)CpuTicks("/proc/thread-self/stat") / TicksPerSecond);

    /// <summary>
    /// The audit log as ClearTraveller uses it, 64 decisions in flight for 5 s per round: the writer thread's CPU
    /// (insert, outbox row, commit and flush) and the process's CPU per decision, records built by the callers.
    /// </summary>
    private static async Task AuditUnderLoadAsync(ClearanceDesk desk, IClearanceRecorder recorder,
        TravelCorridor.Type.V1.TravellerApplication application, EligibilityDecision decision, TravelCorridor.Type.V1.Decision answer, int rounds)
    {
        Console.WriteLine();
        Console.WriteLine("The audit log under load: 64 callers, each building a record (with its pass) and appending it with its event, " +
            $"{rounds} rounds of 5 s after 10 s of warm-up:");
        await AppendForAsync(TimeSpan.FromSeconds(10));
        for (var round = 1; round <= rounds; round++)
        {
            var threadsBefore = ThreadTicks();
            var processBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var (decisions, elapsed) = await AppendForAsync(TimeSpan.FromSeconds(5));
            var processUs = (Process.GetCurrentProcess().TotalProcessorTime - processBefore).TotalMicroseconds / decisions;
            var byThread = ThreadTicks().Select(t => (t.Key, Us: (t.Value - threadsBefore.GetValueOrDefault(t.Key)) * 1_000_000.0 / TicksPerSecond / decisions))
                .Where(t => t.Us >= 0.5).OrderByDescending(t => t.Us);
            Console.WriteLine($"  round {round}: {decisions / elapsed.TotalSeconds,8:N0} decisions/s, process {processUs,6:0.0} µs CPU per decision; by thread: " +
                string.Join(", ", byThread.Select(t => $"{t.Key} {t.Us:0.0}")));
        }

        Console.WriteLine();
        Console.WriteLine("The same at a steady 2,000 decisions/s (started as they fall due, 10 s): time from the start of a decision " +
            "(record, pass, append) to its commit, in ms:");
        for (var round = 1; round <= rounds; round++)
        {
            var latencies = await SteadyAsync(2_000, TimeSpan.FromSeconds(10));
            latencies.Sort();
            Console.WriteLine($"  round {round}: p50 {latencies[latencies.Count / 2]:0.00}  p90 {latencies[latencies.Count * 9 / 10]:0.00}  " +
                $"p99 {latencies[latencies.Count * 99 / 100]:0.00}  max {latencies[^1]:0.00}  ({latencies.Count:N0} decisions)");
        }

        async Task<List<double>> SteadyAsync(int perSecond, TimeSpan duration)
        {
            var latencies = new List<double>();
            var running = new List<Task>();
            var clock = Stopwatch.StartNew();
            // Whatever is due is started each time the generator wakes (about every millisecond), so it takes no core of its own.
            for (long n = 0; clock.Elapsed < duration; n++)
            {
                while (clock.Elapsed.TotalSeconds * perSecond < n)
                {
                    await Task.Delay(1);
                }
                running.Add(Task.Run(async () =>
                {
                    var started = Stopwatch.GetTimestamp();
                    var record = desk.Record(application, decision, answer, "SG/bench");
                    await recorder.AppendAsync(record, ClearanceDesk.Announcement(record, decision), CancellationToken.None);
                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    lock (latencies)
                    {
                        latencies.Add(ms);
                    }
                }));
            }
            await Task.WhenAll(running);
            return latencies;
        }

        async Task<(int Decisions, TimeSpan Elapsed)> AppendForAsync(TimeSpan duration)
        {
            var count = 0;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
            {
                while (clock.Elapsed < duration)
                {
                    var record = desk.Record(application, decision, answer, "SG/bench");
                    await recorder.AppendAsync(record, ClearanceDesk.Announcement(record, decision), CancellationToken.None);
                    Interlocked.Increment(ref count);
                }
            })));
            return (count, clock.Elapsed);
        }
    }

    private static readonly long TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>CPU clock ticks (utime + stime of /proc/self/task/*/stat) of this process's threads, summed by thread name.</summary>
    private static Dictionary<string, long> ThreadTicks()
    {
        var sums = new Dictionary<string, long>();
        foreach (var task in Directory.GetDirectories("/proc/self/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                sums[name] = sums.GetValueOrDefault(name) + CpuTicks(Path.Combine(task, "stat"));
            }
            catch (IOException)
            {
                // The thread ended while it was read.
            }
        }
        return sums;
    }

    /// <summary>utime + stime of a /proc stat file; the fields are counted after the name, which may hold spaces.</summary>
    private static long CpuTicks(string statPath)
    {
        var stat = File.ReadAllText(statPath);
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}

using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using Grpc.Core;
using Spectre.Console;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Corridorctl.Clearance;
using TravelCorridor.Corridorctl.Remote;

namespace TravelCorridor.Corridorctl.Commands;

/// <summary>
/// <c>corridorctl manifest FILE [--out FILE] [--language ms]</c>: clears a whole manifest on one ClearManifest
/// stream. The file is read a line at a time while answers come back, so its size does not matter; every
/// answer goes to the output file as a JSON line (with the file's line number), a progress bar shows on a
/// terminal (progress lines on standard error otherwise), and a summary by outcome ends the run.
/// </summary>
public static class ManifestCommand
{
    private const int ProgressEvery = 1_000;

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The manifest: JSON lines (one application per line) or CSV (a .csv file with a header row; columns in the README)" };
        var output = new Option<FileInfo?>("--out") { Description = "Where the decisions go, one JSON line each (default: FILE.decisions.jsonl)" };
        var language = new Option<string?>("--language") { Description = "Language for rule descriptions, e.g. ms (English when not given)" };
        var node = new NodeOptions();
        var command = new Command("manifest", "Clear every traveller of a manifest on one stream, with progress and a summary by outcome\nExample: corridorctl manifest docs/examples/manifest-MH603.jsonl --out MH603.decisions.jsonl") { file, output, language };
        node.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                error.WriteLine($"{input.Name}: no such file");
                return ExitCodes.InputError;
            }
            long total;
            IEnumerator<ManifestLine> lines;
            try
            {
                total = ManifestFile.CountEntries(input);
                lines = ManifestFile.Read(input).GetEnumerator();
                // The CSV header is read with the first entry; a wrong one is an input error, not a remote one.
                if (!lines.MoveNext())
                {
                    error.WriteLine($"{input.Name}: no entries");
                    return ExitCodes.InputError;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                error.WriteLine($"{input.Name}: {e.Message}");
                return ExitCodes.InputError;
            }
            var outputPath = parse.GetValue(output)?.FullName ?? input.FullName + ".decisions.jsonl";
            // Decisions never overwrite the airline's manifest, and a file that cannot be written is found before the node is asked.
            if (string.Equals(Path.GetFullPath(outputPath), input.FullName, StringComparison.Ordinal))
            {
                error.WriteLine($"{input.Name}: --out names the manifest itself; decisions go to another file (default: {input.Name}.decisions.jsonl)");
                return ExitCodes.InputError;
            }
            StreamWriter writer;
            try
            {
                writer = new StreamWriter(outputPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{outputPath}: cannot write the decisions there: {e.Message}");
                lines.Dispose();
                return ExitCodes.InputError;
            }
            using (lines)
            {
                return await RemoteCall.RunAsync(node, parse, async (connection, ct) =>
                {
                    await using var results = new ManifestResults(writer);
                    var clock = Stopwatch.StartNew();
                    await WithProgressAsync(parse, total, results,
                        () => StreamAsync(connection, lines, parse.GetValue(language) ?? "", results, ct));
                    clock.Stop();
                    Summary(parse.InvocationConfiguration.Output, results, clock.Elapsed, outputPath);
                    return ExitCodes.Ok;
                }, cancel);
            }
        });
        return command;
    }

    /// <summary>Sends entries as the stream accepts them (flow control holds this back) while a second task reads answers.</summary>
    private static async Task StreamAsync(NodeConnection connection, IEnumerator<ManifestLine> lines, string language,
        ManifestResults results, CancellationToken cancellationToken)
    {
        using var call = new ClearanceService.ClearanceServiceClient(connection.Invoker).ClearManifest(connection.StreamOptions(cancellationToken));
        // Answers come in the order entries were sent: the line numbers of entries in flight, oldest first.
        var inFlight = new ConcurrentQueue<long>();
        var reading = Task.Run(async () =>
        {
            await foreach (var answer in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                inFlight.TryDequeue(out var line);
                await results.DecidedAsync(line, answer);
            }
        }, cancellationToken);
        do
        {
            var line = lines.Current;
            if (line.Entry is null)
            {
                await results.UnreadableAsync(line.Number, line.Problem!);
                continue;
            }
            if (language.Length > 0)
            {
                line.Entry.LanguageCode = language;
            }
            inFlight.Enqueue(line.Number);
            await call.RequestStream.WriteAsync(line.Entry, cancellationToken);
        }
        while (lines.MoveNext());
        await call.RequestStream.CompleteAsync();
        await reading;
    }

    private static async Task WithProgressAsync(ParseResult parse, long total, ManifestResults results, Func<Task> run)
    {
        var work = run();
        if (ReferenceEquals(parse.InvocationConfiguration.Output, Console.Out) && !Console.IsOutputRedirected)
        {
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Clearing travellers", maxValue: Math.Max(1, total));
                    while (!work.IsCompleted)
                    {
                        task.Value = results.Done;
                        await Task.WhenAny(work, Task.Delay(200));
                    }
                    task.Value = results.Done;
                });
        }
        else
        {
            var error = parse.InvocationConfiguration.Error;
            var reported = 0L;
            while (!work.IsCompleted)
            {
                await Task.WhenAny(work, Task.Delay(500));
                if (results.Done / ProgressEvery > reported / ProgressEvery)
                {
                    reported = results.Done;
                    error.WriteLine($"{reported:N0} of {total:N0} travellers");
                }
            }
        }
        await work;
    }

    private static void Summary(TextWriter output, ManifestResults results, TimeSpan elapsed, string outputPath)
    {
        output.WriteLine($"{results.Done:N0} travellers in {elapsed.TotalSeconds:N1} s ({results.Done / Math.Max(elapsed.TotalSeconds, 0.001):N0}/s); decisions in {outputPath}");
        foreach (var outcome in new[] { "CLEARED", "REFERRED", "DENIED", "ERROR", "UNREADABLE" })
        {
            if (results.Counts.GetValueOrDefault(outcome) is var count and > 0)
            {
                output.WriteLine($"  {outcome,-10} {count,8:N0}");
            }
        }
    }
}

using System.Text.Json;
using TravelCorridor.Clearance.V1;

namespace TravelCorridor.Corridorctl.Clearance;

/// <summary>
/// Where a manifest's answers go: one JSON line per entry in the output file, in the order they come, and a
/// count by outcome for the summary. Lines of the file that could not be read are answered here, locally.
/// </summary>
/// <remarks>
/// Answers of the node arrive on the reading task while unreadable lines are answered by the sending one, so
/// each answer is counted and written in turn: two writes at once on one <see cref="StreamWriter"/> throw.
/// </remarks>
internal sealed class ManifestResults(StreamWriter output) : IAsyncDisposable
{
    private readonly Dictionary<string, long> counts = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim turn = new(1, 1);

    public long Done { get; private set; }

    public IReadOnlyDictionary<string, long> Counts => counts;

    public async Task DecidedAsync(long line, ClearManifestResponse answer)
    {
        var entry = new Dictionary<string, object?> { ["line"] = line, ["index"] = answer.Index, ["entryReference"] = answer.EntryReference };
        if (answer.ResultCase == ClearManifestResponse.ResultOneofCase.Clearance)
        {
            var clearance = answer.Clearance;
            var outcome = ClearanceText.Outcome(clearance.Decision.Outcome);
            entry["outcome"] = outcome;
            entry["clearanceId"] = clearance.ClearanceId;
            entry["reasons"] = clearance.Decision.Reasons.Select(r => r.Code).ToList();
            entry["failedRules"] = clearance.Decision.RuleResults
                .Where(r => r.Result is Type.V1.RuleResultKind.Failed or Type.V1.RuleResultKind.Error).Select(r => r.Identifier).ToList();
            entry["pass"] = clearance.Pass.Length > 0 ? clearance.Pass : null;
            await RecordAsync(outcome, entry);
            return;
        }
        else
        {
            entry["error"] = new Dictionary<string, object?>
            {
                ["code"] = answer.Error.Code,
                ["reason"] = answer.Error.Reason,
                ["message"] = answer.Error.Message,
                ["fieldProblems"] = answer.Error.FieldProblems.Select(p => new Dictionary<string, string> { ["field"] = p.Field, ["description"] = p.Description }).ToList(),
            };
            await RecordAsync("ERROR", entry);
        }
    }

    public Task UnreadableAsync(long line, string problem) =>
        RecordAsync("UNREADABLE", new Dictionary<string, object?> { ["line"] = line, ["error"] = new Dictionary<string, object?> { ["reason"] = "UNREADABLE_LINE", ["message"] = problem } });

    private async Task RecordAsync(string outcome, Dictionary<string, object?> entry)
    {
        var text = JsonSerializer.Serialize(entry, JsonFile.Compact);
        await turn.WaitAsync();
        try
        {
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
            Done++;
            await output.WriteLineAsync(text);
        }
        finally
        {
            turn.Release();
        }
    }

    public ValueTask DisposeAsync() => output.DisposeAsync();
}

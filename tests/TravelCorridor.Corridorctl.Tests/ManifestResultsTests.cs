using System.Text;
using TravelCorridor.Clearance.V1;
using TravelCorridor.Corridorctl.Clearance;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>
/// The manifest's results file is written from two tasks at once: answers of the node by the reading task,
/// unreadable lines by the sending one (a race CI found: a write while another was in progress threw).
/// </summary>
public sealed class ManifestResultsTests
{
    [Fact]
    public async Task Answers_and_unreadable_lines_recorded_at_the_same_time_are_all_written_and_counted()
    {
        const int Each = 300;
        var file = new SlowStream();
        var results = new ManifestResults(new StreamWriter(file, Encoding.UTF8, bufferSize: 16));

        await Task.WhenAll(
            Task.Run(async () =>
            {
                for (var line = 1; line <= Each; line++)
                {
                    await results.UnreadableAsync(line, "not JSON");
                }
            }),
            Task.Run(async () =>
            {
                for (var index = 0; index < Each; index++)
                {
                    await results.DecidedAsync(Each + index + 1, new ClearManifestResponse { Index = index, Error = new EntryError { Reason = "INVALID_APPLICATION" } });
                }
            }));
        await results.DisposeAsync();

        Assert.Equal(2 * Each, results.Done);
        Assert.Equal(Each, results.Counts["UNREADABLE"]);
        Assert.Equal(Each, results.Counts["ERROR"]);
        Assert.Equal(2 * Each, Encoding.UTF8.GetString(file.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    /// <summary>A file whose writes finish later, as a real file's or a pipe's may.</summary>
    private sealed class SlowStream : MemoryStream
    {
        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            Write(buffer.Span);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}

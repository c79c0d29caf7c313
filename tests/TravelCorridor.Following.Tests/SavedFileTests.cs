using Microsoft.Extensions.Logging.Abstractions;

namespace TravelCorridor.Following.Tests;

/// <summary>What a follower keeps on disk: written whole, read back, and an unreadable file treated as absent.</summary>
public sealed class SavedFileTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "saved-file-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void What_was_written_reads_back_and_no_temporary_file_is_left()
    {
        var file = New();

        Assert.True(file.Write(new Kept(42, ["a", "b"])));

        Assert.Equal(new Kept(42, ["a", "b"]).Items, file.Read()!.Items);
        Assert.Equal(42, file.Read()!.Sequence);
        Assert.Equal(["kept.json"], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    [Fact]
    public void A_missing_directory_is_created_and_a_missing_file_reads_as_nothing()
    {
        var file = New();

        Assert.Null(file.Read());
        Assert.True(file.Write(new Kept(1, [])));
        Assert.True(File.Exists(file.Path));
    }

    [Fact]
    public void A_damaged_file_reads_as_nothing_rather_than_failing_the_start()
    {
        var file = New();
        Directory.CreateDirectory(directory);
        File.WriteAllText(file.Path, "{ \"Sequence\": 4, \"Items\": [ ");

        Assert.Null(file.Read());
    }

    [Fact]
    public void A_write_that_cannot_happen_is_reported_and_does_not_throw()
    {
        Directory.CreateDirectory(directory);
        var blocked = Path.Combine(directory, "not-a-directory");
        File.WriteAllText(blocked, "");
        var file = new SavedFile<Kept>(blocked, "kept.json", "test state", NullLogger.Instance);

        Assert.False(file.Write(new Kept(1, [])));
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private SavedFile<Kept> New() => new(directory, "kept.json", "test state", NullLogger.Instance);

    public sealed record Kept(long Sequence, string[] Items);
}

using System.Text.Json;
using Microsoft.Extensions.Logging;
using TravelCorridor.Kernel;

namespace TravelCorridor.Following;

/// <summary>
/// What a follower received, kept as one JSON file under the node's data directory so a restart while the
/// followed service is unreachable still has it: written whole and then moved into place (a crash never leaves
/// half a file), read back leniently (an unreadable file is logged and treated as absent).
/// </summary>
public sealed partial class SavedFile<T>(string dataPath, string fileName, string what, ILogger logger) where T : class
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public string Path { get; } = System.IO.Path.Combine(dataPath, fileName);

    public static SavedFile<T> Under(NodeOptions node, string fileName, string what, ILogger logger) => new(node.DataPath, fileName, what, logger);

    public T? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(Path), Json);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or ArgumentException)
        {
            LogReadFailed(logger, e, what, Path);
            return null;
        }
    }

    /// <returns>False when it could not be written (logged): the process goes on with what it holds in memory.</returns>
    public bool Write(T value)
    {
        try
        {
            Directory.CreateDirectory(dataPath);
            var temp = Path + ".tmp";
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(value, Json));
            File.Move(temp, Path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogWriteFailed(logger, e, what, Path);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the {What} {Path}; starting without it")]
    private static partial void LogReadFailed(ILogger logger, Exception exception, string what, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the {What} to {Path}; a restart while its service is unreachable would lose the newest")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, string what, string path);
}

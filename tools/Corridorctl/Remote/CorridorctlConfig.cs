using System.Text.Json;

namespace TravelCorridor.Corridorctl.Remote;

/// <summary>
/// Defaults for the options people type on every call, from <c>$CORRIDORCTL_CONFIG</c> or
/// <c>~/.config/corridorctl/config.json</c>: <c>{"node": "http://127.0.0.1:5080", "tokenFile": "~/.sg-officer.jwt",
/// "broker": "amqp://…", "corridor": "/etc/corridor/corridor.json"}</c>. An option on the command line wins over the environment (<c>CORRIDOR_NODE</c>,
/// <c>CORRIDOR_TOKEN</c>, <c>CORRIDOR_BROKER</c>), which wins over this file. The file names a token file rather than
/// holding a token, so it can be shared without sharing a credential.
/// </summary>
internal sealed record CorridorctlConfig(string? Node, string? TokenFile, string? Broker, string? Corridor = null)
{
    public const string PathVariable = "CORRIDORCTL_CONFIG";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "corridorctl", "config.json");

    /// <summary>The configuration, none when there is no file; <paramref name="problem"/> says what is wrong with one that is unreadable.</summary>
    public static CorridorctlConfig Load(out string? problem)
    {
        problem = null;
        var path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured ? configured : DefaultPath;
        if (!File.Exists(path))
        {
            if (path != DefaultPath)
            {
                problem = $"${PathVariable} names {path}, which does not exist.";
            }
            return new CorridorctlConfig(null, null, null);
        }
        try
        {
            var config = JsonSerializer.Deserialize<CorridorctlConfig>(File.ReadAllText(path), Json) ?? new CorridorctlConfig(null, null, null);
            var directory = Path.GetDirectoryName(path)!;
            return config with
            {
                TokenFile = config.TokenFile is null ? null : ExpandHome(config.TokenFile, directory),
                Corridor = config.Corridor is null ? null : ExpandHome(config.Corridor, directory),
            };
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            problem = $"{path}: {e.Message}";
            return new CorridorctlConfig(null, null, null);
        }
    }

    /// <summary>~ for the home directory; a relative path is relative to the config file's directory.</summary>
    private static string ExpandHome(string path, string relativeTo) =>
        path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : Path.GetFullPath(path, relativeTo);
}

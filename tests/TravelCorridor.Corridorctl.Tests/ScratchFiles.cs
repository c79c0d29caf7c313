using System.Text.Json;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>Files the key and signing tests work on, each test in a directory of its own.</summary>
internal static class ScratchFiles
{
    public static string Directory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corridorctl-test-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    public static string Write(string directory, string name, string content)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs <c>rules keygen --json</c>; the key file's path and the public JWK it printed.</summary>
    public static (string KeyFile, string PublicJwk) Keygen(string directory, string member = "SG", string keyId = "sg-rules-test")
    {
        var keyFile = Path.Combine(directory, $"{keyId}.jwk");
        var (exitCode, output, error) = CorridorctlRunner.Run("rules", "keygen", "--member", member, "--key-id", keyId, "--out", keyFile, "--json");
        Assert.True(exitCode == 0, error);
        using var request = JsonDocument.Parse(output);
        return (keyFile, request.RootElement.GetProperty("public_key_jwk").GetString()!);
    }
}

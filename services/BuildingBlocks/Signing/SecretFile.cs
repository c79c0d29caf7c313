namespace TravelCorridor.Signing;

/// <summary>
/// A node secret kept as a file under its data directory: created once, readable and writable by the owner
/// only, written whole under another name and then moved into place, so a crash never leaves half a key and
/// two processes starting at once keep the first one written.
/// </summary>
public static class SecretFile
{
    /// <summary>The text of the file at <paramref name="path"/>, created with <paramref name="create"/> when missing.</summary>
    public static string ReadOrCreate(string path, Func<string> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (!File.Exists(path))
        {
            var temp = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllText(temp, create());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temp); // another process wrote it first: keep theirs
            }
        }
        return File.ReadAllText(path);
    }
}

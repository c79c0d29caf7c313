namespace TravelCorridor.Testing;

/// <summary>Private, uniquely named directories for the servers' data and logs.</summary>
public static class ScratchDirectory
{
    public static string NewPath(string prefix) =>
        Path.Combine(Root, $"{prefix}-{Guid.NewGuid().ToString("N")[..10]}");

    // A root-owned TMPDIR may sit under /root, which the service users cannot enter; /tmp they can.
    private static string Root => Environment.IsPrivilegedProcess ? "/tmp" : Path.GetTempPath();
}

namespace TravelCorridor.Testing;

/// <summary>Finds the PostgreSQL server programs (initdb, postgres, psql, pg_isready).</summary>
internal static class PostgresInstallation
{
    public const string InstallHint = "run scripts/test.sh or apt-get install postgresql";

    /// <summary>
    /// TC_POSTGRES_BIN if set; else the newest Debian /usr/lib/postgresql/N/bin (initdb is not on PATH
    /// there); else a PATH directory that has both initdb and postgres.
    /// </summary>
    public static string BinDirectory { get; } = Find();

    public static string Program(string name) => Path.Combine(BinDirectory, name);

    private static string Find()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("TC_POSTGRES_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(version => int.TryParse(Path.GetFileName(version), out var major) ? major : 0)
                .Select(version => Path.Combine(version, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries));
        return candidates.FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "postgres")))
            ?? throw new InvalidOperationException(
                $"PostgreSQL is not installed (no initdb and postgres in /usr/lib/postgresql/*/bin or on PATH): {InstallHint}.");
    }
}

using System.Text.Json;

namespace TravelCorridor.CertLogic.Tests.Conformance;

/// <summary>
/// Finds the CertLogic conformance data: <c>../shared/certlogic</c> next to the repository root (the
/// folder holding TravelCorridor.sln), or the folder named by CERTLOGIC_SUITE_DIR. Missing data is a
/// failure, never a skip: a green run must mean the suite ran.
/// </summary>
internal static class ConformanceSuite
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string Directory => Root.Value;

    public static IEnumerable<string> Files(string folder) =>
        System.IO.Directory.GetFiles(Path.Combine(Directory, folder), "*.json").OrderBy(f => f, StringComparer.Ordinal);

    public static JsonElement Load(string folder, string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, folder, file)));
        return document.RootElement.Clone();
    }

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CERTLOGIC_SUITE_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment) && System.IO.Directory.Exists(Path.Combine(fromEnvironment, "testSuite")))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TravelCorridor.sln")))
            {
                var suite = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "certlogic"));
                if (System.IO.Directory.Exists(Path.Combine(suite, "testSuite")))
                {
                    return suite;
                }
            }
        }

        throw new InvalidOperationException(
            "CertLogic conformance suite not found: expected ../shared/certlogic beside the repository root, or set CERTLOGIC_SUITE_DIR.");
    }
}

using System.Text.Json;

namespace TravelCorridor.Corridorctl.Testing;

/// <summary>Reads case files: an unreadable file becomes one case that fails with the reason, never a stop of the batch.</summary>
internal static class CaseFiles
{
    public static IEnumerable<T> Read<T>(FileInfo[] files, Func<string, JsonElement, IEnumerable<T>> read, Func<string, string, T> unreadable)
    {
        foreach (var file in files)
        {
            if (!JsonFile.TryRead(file, out var document, out var problem))
            {
                yield return unreadable(file.Name, problem!);
                continue;
            }

            using (document)
            {
                foreach (var testCase in read(file.Name, document!.RootElement).ToList())
                {
                    yield return testCase;
                }
            }
        }
    }
}

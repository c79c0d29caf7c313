using System.Text.RegularExpressions;
using TravelCorridor.Testing;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>
/// The fenced <c>bash</c> blocks of README.md, docs/*.md and samples/*.md. A block is run as written by
/// <see cref="DocumentedWalkthroughTests"/> unless the line before its fence says why not:
/// <c>&lt;!-- not run by DocumentedWalkthroughTests: REASON --&gt;</c> (another test or CI runs it, or it is a synopsis).
/// </summary>
public sealed record DocumentedBlock(string File, int Line, string Text, string? NotRunBecause)
{
    private static readonly Regex NotRunMarker = new(@"^<!-- not run by DocumentedWalkthroughTests: (.+) -->$");

    public string Where => $"{File}:{Line}";

    /// <summary>The documents a user reads: README.md, docs/*.md and samples/*.md (not what samples' npm installs).</summary>
    public static IEnumerable<string> Documents()
    {
        var root = NodeScript.RepositoryRoot();
        return new[] { Path.Combine(root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal))
            .Concat(Directory.GetFiles(Path.Combine(root, "samples"), "*.md").Order(StringComparer.Ordinal));
    }

    public static IReadOnlyList<DocumentedBlock> All()
    {
        var root = NodeScript.RepositoryRoot();
        var blocks = new List<DocumentedBlock>();
        foreach (var file in Documents())
        {
            var lines = System.IO.File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```bash")
                {
                    continue;
                }
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == "```");
                var marker = i > 0 ? NotRunMarker.Match(lines[i - 1].Trim()) : Match.Empty;
                blocks.Add(new DocumentedBlock(Path.GetRelativePath(root, file), i + 2, string.Join('\n', lines[(i + 1)..end]),
                    marker.Success ? marker.Groups[1].Value : null));
                i = end;
            }
        }
        return blocks;
    }
}

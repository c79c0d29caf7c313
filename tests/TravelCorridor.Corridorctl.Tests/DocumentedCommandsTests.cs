using System.Text.RegularExpressions;
using TravelCorridor.Testing;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>
/// Every corridorctl command line in README.md, docs/ and samples/ names verbs and options that exist, with the
/// arguments they need: documentation that a user copies must parse. (Synopsis lines with [optional] parts and the
/// placeholders in them are read as written: a placeholder is an ordinary value.)
/// </summary>
public sealed class DocumentedCommandsTests
{
    public static TheoryData<string, string> DocumentedCommands()
    {
        var root = NodeScript.RepositoryRoot();
        var data = new TheoryData<string, string>();
        foreach (var file in DocumentedBlock.Documents())
        {
            var inCode = false;
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    inCode = !inCode;
                    continue;
                }
                var text = line.Trim();
                if (inCode && text.StartsWith("corridorctl ", StringComparison.Ordinal) && !text.Contains(" [", StringComparison.Ordinal))
                {
                    data.Add($"{Path.GetRelativePath(root, file)}:{number}", WithoutComment(text));
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedCommands))]
    public void A_documented_corridorctl_command_parses(string where, string commandLine)
    {
        var parse = CorridorCommand.Create().Parse(Words(commandLine).Skip(1).ToArray());

        Assert.True(parse.Errors.Count == 0, $"{where}: {commandLine}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
    }

    private static string WithoutComment(string line)
    {
        var hash = Regex.Match(line, @"\s#\s");
        return hash.Success ? line[..hash.Index].TrimEnd() : line;
    }

    /// <summary>Shell words: spaces separate, double and single quotes group.</summary>
    private static IEnumerable<string> Words(string line) =>
        Regex.Matches(line, """
            "([^"]*)"|'([^']*)'|(\S+)
            """.Trim()).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);
}

/// <summary>Every REST address the documentation shows is a route the node serves (a google.api.http rule in protos/).</summary>
public sealed class DocumentedRoutesTests
{
    private static readonly IReadOnlyList<(string Verb, Regex Route)> Routes = RestRoutes.All
        .Select(route => route.Rule.PatternCase == Google.Api.HttpRule.PatternOneofCase.Get ? ("GET", route.Rule.Get) : ("POST", route.Rule.Post))
        .Select(r => (r.Item1, new Regex("^" + Regex.Replace(Regex.Escape(r.Item2), @"\\\{[^}]*}", "[^/]+") + "$")))
        .ToList();

    public static TheoryData<string, string> DocumentedRoutes()
    {
        var root = NodeScript.RepositoryRoot();
        var data = new TheoryData<string, string>();
        foreach (var file in DocumentedBlock.Documents())
        {
            foreach (Match match in Regex.Matches(File.ReadAllText(file), @"http://127\.0\.0\.1:5081(/v1/[^\s'""?]+)"))
            {
                data.Add(Path.GetRelativePath(root, file), match.Groups[1].Value);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedRoutes))]
    public void A_documented_rest_address_is_a_route_of_the_node(string where, string path)
    {
        Assert.True(Routes.Any(r => r.Route.IsMatch(path)), $"{where}: {path} matches no google.api.http route in protos/");
    }
}

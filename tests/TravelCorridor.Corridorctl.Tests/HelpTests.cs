using System.CommandLine;

namespace TravelCorridor.Corridorctl.Tests;

/// <summary>A new user learns a verb from its --help: every command that does something shows an example.</summary>
public sealed class HelpTests
{
    [Fact]
    public void Every_command_s_help_shows_an_example()
    {
        var missing = Leaves(CorridorCommand.Create(), "corridorctl")
            .Where(c => !(c.Command.Description ?? "").Contains("Example: corridorctl ", StringComparison.Ordinal))
            .Select(c => c.Path);

        Assert.Empty(missing);
    }

    private static IEnumerable<(Command Command, string Path)> Leaves(Command command, string path) =>
        command.Subcommands.Count == 0 ? [(command, path)] : command.Subcommands.SelectMany(c => Leaves(c, $"{path} {c.Name}"));
}

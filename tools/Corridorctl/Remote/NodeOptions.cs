using System.CommandLine;

namespace TravelCorridor.Corridorctl.Remote;

/// <summary>
/// <c>--node</c>, <c>--token</c> and <c>--token-file</c>, which every command that calls a node takes, and <c>--output</c>
/// for those that print what they read or decided. Defaults come from the environment, then the config file
/// (<see cref="CorridorctlConfig"/>). Both fall back to the
/// environment when not given, which is read only when the command runs: a default value would make
/// <c>--help</c> print the token.
/// </summary>
internal sealed class NodeOptions
{
    public const string NodeVariable = "CORRIDOR_NODE";
    public const string TokenVariable = "CORRIDOR_TOKEN";
    public const string DefaultAddress = "http://127.0.0.1:5080";

    private readonly Option<string?> node = new("--node")
    {
        Description = $"Node address (default: ${NodeVariable}, else node in the config file, else {DefaultAddress})",
    };

    private readonly Option<string?> token = new("--token")
    {
        Description = $"Bearer token (default: ${TokenVariable}); from 'corridor-node token --role … --member …'",
    };

    private readonly Option<string?> tokenFile = new("--token-file")
    {
        Description = "Read the bearer token from this file (default: tokenFile in the config file)",
    };

    private readonly Option<string> output = new("--output")
    {
        Description = "table (for people, the default) or json (proto JSON of what the node answered, for scripts)",
        DefaultValueFactory = _ => "table",
    };

    public NodeOptions() => output.AcceptOnlyFromAmong("table", "json");

    public void AddTo(Command command)
    {
        command.Options.Add(node);
        command.Options.Add(token);
        command.Options.Add(tokenFile);
    }

    /// <summary>Also <c>--output table|json</c>, for a command that prints what it read or decided.</summary>
    public void AddWithOutputTo(Command command)
    {
        AddTo(command);
        command.Options.Add(output);
    }

    /// <summary>Whether <c>--output json</c> was asked for.</summary>
    public bool Json(ParseResult parse) => parse.GetValue(output) == "json";

    /// <summary>The connection the options describe, or null with <paramref name="problem"/> set.</summary>
    public NodeConnection? Connect(ParseResult parse, out string? problem)
    {
        var config = CorridorctlConfig.Load(out problem);
        if (problem is not null)
        {
            return null;
        }
        var text = parse.GetValue(node) ?? Environment.GetEnvironmentVariable(NodeVariable) ?? config.Node;
        var address = NodeAddress.Parse(string.IsNullOrWhiteSpace(text) ? DefaultAddress : text, out problem);
        if (address is null)
        {
            return null;
        }
        // The command line first (--token, then --token-file), then $CORRIDOR_TOKEN, then the config file's tokenFile.
        var bearer = parse.GetValue(token);
        var file = bearer is null ? parse.GetValue(tokenFile) : null;
        if (bearer is null && file is null)
        {
            bearer = Environment.GetEnvironmentVariable(TokenVariable);
            file = bearer is null ? config.TokenFile : null;
        }
        if (file is not null)
        {
            try
            {
                bearer = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = $"--token-file {file}: {e.Message}";
                return null;
            }
        }
        return new NodeConnection(address, Bearer(bearer));
    }

    // People paste the whole header value as often as the token itself.
    private static string? Bearer(string? text)
    {
        var value = text?.Trim();
        if (value is not null && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            value = value["Bearer ".Length..].Trim();
        }
        return string.IsNullOrEmpty(value) ? null : value;
    }
}

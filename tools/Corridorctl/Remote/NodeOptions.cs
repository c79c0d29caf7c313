using System.CommandLine;

namespace TravelCorridor.Corridorctl.Remote;

/// <summary>
/// <c>--node</c> and <c>--token</c>, which every command that calls a node takes, and <c>--output</c> for those that
/// print what they read or decided. Both fall back to the
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
        Description = $"Node address (default: ${NodeVariable}, else {DefaultAddress})",
    };

    private readonly Option<string?> token = new("--token")
    {
        Description = $"Bearer token (default: ${TokenVariable}); from 'corridor-node token --role … --member …'",
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
        var text = parse.GetValue(node) ?? Environment.GetEnvironmentVariable(NodeVariable);
        var address = NodeAddress.Parse(string.IsNullOrWhiteSpace(text) ? DefaultAddress : text, out problem);
        return address is null ? null : new NodeConnection(address, Bearer(parse.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable)));
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

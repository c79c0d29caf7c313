using System.CommandLine;
using Grpc.Core;

namespace TravelCorridor.Corridorctl.Remote;

/// <summary>
/// Runs a command's calls to the node: connects as <c>--node</c>/<c>--token</c> say, and turns a gRPC failure
/// into readable lines on standard error and an exit code instead of a stack trace.
/// </summary>
internal static class RemoteCall
{
    public delegate Task<int> Body(NodeConnection node, CancellationToken cancellationToken);

    /// <param name="failedCodes">
    /// Statuses that mean "the node checked what was sent and found it wanting" for this command: printed on
    /// standard output and exiting with <see cref="ExitCodes.Failed"/>, as <c>logic validate</c> does locally.
    /// </param>
    public static async Task<int> RunAsync(NodeOptions options, ParseResult parse, Body body, CancellationToken cancellationToken,
        params StatusCode[] failedCodes)
    {
        var error = parse.InvocationConfiguration.Error;
        using var node = options.Connect(parse, out var problem);
        if (node is null)
        {
            error.WriteLine(problem);
            return ExitCodes.InputError;
        }

        try
        {
            return await body(node, cancellationToken);
        }
        catch (RpcException e)
        {
            var failed = failedCodes.Contains(e.StatusCode);
            // For such a command the problems are its result, so they go where its result goes.
            RpcErrorText.Write(failed ? parse.InvocationConfiguration.Output : error, e, node, RoleFor(parse.CommandResult.Command));
            return e.StatusCode switch
            {
                StatusCode.Unavailable or StatusCode.DeadlineExceeded => ExitCodes.Unavailable,
                _ when failed => ExitCodes.Failed,
                _ => ExitCodes.RemoteError,
            };
        }
    }

    /// <summary>
    /// The role a command's token needs: officers clear, verify, list and revoke clearances; a member's admin publishes
    /// its rules and changes its keys and corridors; any role may read, validate and test.
    /// </summary>
    internal static string RoleFor(Command command)
    {
        var group = command.Parents.OfType<Command>().FirstOrDefault(p => p is not RootCommand)?.Name;
        return (group, command.Name) switch
        {
            (null, "clear" or "manifest") or ("clearances" or "pass", _) => "border-officer",
            ("rules", "publish") or ("keys" or "corridors", not "list") => "member-admin",
            ("members", "admit" or "suspend" or "reinstate") => "corridor-admin",
            _ => "observer",
        };
    }
}

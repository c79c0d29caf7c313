using System.Net.Sockets;
using Google.Rpc;
using Grpc.Core;

namespace TravelCorridor.Corridorctl.Remote;

/// <summary>
/// How a failed call is printed: the status code and message, then the ErrorInfo reason and every BadRequest
/// field violation, one per line, so that a rule author sees all problems of a rule set at once.
/// </summary>
internal static class RpcErrorText
{
    /// <param name="role">The role a token for this command needs, for the hint when none was given (e.g. <c>border-officer</c>).</param>
    public static void Write(TextWriter error, RpcException e, NodeConnection node, string role)
    {
        if (IsConnectionFailure(e))
        {
            error.WriteLine($"error: cannot reach the node at {node.Name} ({Innermost(e.Status.DebugException!)}); "
                + $"is it running? (--node or ${NodeOptions.NodeVariable} names another)");
            return;
        }
        if (e.StatusCode == StatusCode.DeadlineExceeded)
        {
            error.WriteLine($"error: the node at {node.Name} did not answer within {NodeConnection.Deadline.TotalSeconds:0} seconds");
            return;
        }

        error.WriteLine($"error: {CodeName(e.StatusCode)}: {e.Status.Detail}");
        var status = e.GetRpcStatus();
        if (status?.GetDetail<ErrorInfo>() is { } info)
        {
            var metadata = info.Metadata.Count == 0 ? "" : $" ({string.Join(", ", info.Metadata.Select(m => $"{m.Key}={m.Value}"))})";
            error.WriteLine($"  reason: {info.Reason}{metadata}");
        }
        foreach (var violation in status?.GetDetail<BadRequest>()?.FieldViolations ?? [])
        {
            error.WriteLine($"  {violation.Field}: {violation.Description}");
        }
        WriteHint(error, e.StatusCode, node, role);
    }

    /// <summary>The name the gRPC specification uses (<c>INVALID_ARGUMENT</c>), which is what documentation and logs show.</summary>
    public static string CodeName(StatusCode code)
    {
        var name = code.ToString();
        var spelled = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
            {
                spelled.Append('_');
            }
            spelled.Append(char.ToUpperInvariant(name[i]));
        }
        return spelled.ToString();
    }

    private static void WriteHint(TextWriter error, StatusCode code, NodeConnection node, string role)
    {
        if (code == StatusCode.Unauthenticated && !node.HasToken)
        {
            error.WriteLine($"  hint: pass --token or set ${NodeOptions.TokenVariable} "
                + $"(dotnet run --project services/Node -- token --role {role}{(role is "observer" or "corridor-admin" ? "" : " --member SG")})");
        }
        else if (code == StatusCode.Unimplemented)
        {
            error.WriteLine($"  hint: the node at {node.Name} does not run this service");
        }
    }

    // Refused, reset, unknown host: the node was never reached, so there is no status worth showing.
    private static bool IsConnectionFailure(RpcException e) =>
        e.StatusCode == StatusCode.Unavailable && e.Status.DebugException is { } cause
        && (cause is HttpRequestException or SocketException || cause.InnerException is HttpRequestException or SocketException);

    private static string Innermost(Exception e) => e.InnerException is null ? e.Message : Innermost(e.InnerException);
}

using System.Security.Claims;
using Grpc.Core;
using TravelCorridor.Kernel.Errors;

namespace TravelCorridor.Hosting.Security;

/// <summary>Who is calling, as far as a handler needs to know: roles and the member acted for.</summary>
public sealed class Caller(ClaimsPrincipal user)
{
    public static Caller Of(ServerCallContext context) => new(context.GetHttpContext().User);

    public string? Member => user.FindFirst(CorridorClaims.Member)?.Value;

    public string Subject => user.FindFirst(CorridorClaims.Subject)?.Value ?? "anonymous";

    public bool IsCorridorAdmin => user.IsInRole(CorridorRoles.CorridorAdmin);

    /// <summary>
    /// A member admin may act only for its own member; the corridor admin for any when
    /// <paramref name="corridorAdminMayAct"/> is true.
    /// </summary>
    public void EnsureActsFor(string member, bool corridorAdminMayAct = false)
    {
        if (corridorAdminMayAct && IsCorridorAdmin)
        {
            return;
        }
        if (!string.Equals(Member, member, StringComparison.Ordinal))
        {
            throw new PermissionDeniedException("NOT_YOUR_MEMBER",
                $"A token for member '{Member ?? "(none)"}' cannot act for member '{member}'.",
                new Dictionary<string, string> { ["member"] = member, ["caller_member"] = Member ?? "" });
        }
    }
}

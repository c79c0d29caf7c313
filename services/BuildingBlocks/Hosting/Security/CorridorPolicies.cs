using Microsoft.AspNetCore.Authorization;

namespace TravelCorridor.Hosting.Security;

/// <summary>
/// Authorization policies used on gRPC methods. Whether a member admin acts for <em>its own</em>
/// member depends on the request, so that last check is made by the handler (<see cref="Caller"/>).
/// </summary>
public static class CorridorPolicies
{
    public const string CorridorAdmin = "corridor-admin";
    public const string MemberAdmin = "member-admin";
    public const string MemberOrCorridorAdmin = "member-or-corridor-admin";
    public const string BorderOfficer = "border-officer";

    internal static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(CorridorAdmin, p => p.RequireRole(CorridorRoles.CorridorAdmin));
        options.AddPolicy(MemberAdmin, p => p.RequireRole(CorridorRoles.MemberAdmin).RequireClaim(CorridorClaims.Member));
        options.AddPolicy(MemberOrCorridorAdmin, p => p.RequireAssertion(c =>
            c.User.IsInRole(CorridorRoles.CorridorAdmin) ||
            (c.User.IsInRole(CorridorRoles.MemberAdmin) && c.User.HasClaim(x => x.Type == CorridorClaims.Member))));
        options.AddPolicy(BorderOfficer, p => p.RequireRole(CorridorRoles.BorderOfficer).RequireClaim(CorridorClaims.Member));
    }
}

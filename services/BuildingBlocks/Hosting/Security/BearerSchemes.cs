using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace TravelCorridor.Hosting.Security;

/// <summary>The two authentication schemes behind one bearer token: the remembering front and the JWT check behind it.</summary>
internal static class BearerSchemes
{
    /// <summary>The default scheme, <see cref="VerifiedBearerHandler"/>.</summary>
    public const string Default = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>The JWT bearer handler that verifies a token the first time it is seen.</summary>
    public const string Verify = "Bearer.Verify";
}

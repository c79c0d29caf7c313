using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TravelCorridor.Kernel;

namespace TravelCorridor.Hosting.Security;

/// <summary>Issues development tokens signed with the node's <see cref="DevelopmentSigningKey"/>.</summary>
public static class DevelopmentTokens
{
    public static string Issue(DevelopmentSigningKey key, string role, string? member, string subject,
        DateTimeOffset now, TimeSpan lifetime)
    {
        if (!CorridorRoles.All.Contains(role))
        {
            throw new ArgumentException($"Unknown role '{role}'; use one of: {string.Join(", ", CorridorRoles.All)}.");
        }
        if (CorridorRoles.NeedsMember(role) && string.IsNullOrWhiteSpace(member))
        {
            throw new ArgumentException($"Role '{role}' acts for one member state: give --member.");
        }
        if (member is not null && !MemberCode.IsValid(member))
        {
            throw new ArgumentException($"--member '{member}' is not an ISO 3166-1 alpha-2 code in capitals such as SG.");
        }
        var claims = new List<Claim> { new(CorridorClaims.Subject, subject), new(CorridorClaims.Role, role) };
        if (!string.IsNullOrWhiteSpace(member))
        {
            claims.Add(new Claim(CorridorClaims.Member, member));
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentSigningKey.Issuer,
            Audience = DevelopmentSigningKey.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime.AddMinutes(-1), // tolerates a node clock slightly behind the issuer's
            Expires = now.UtcDateTime.Add(lifetime),
            SigningCredentials = new SigningCredentials(key.Key, SecurityAlgorithms.EcdsaSha256),
        });
    }
}

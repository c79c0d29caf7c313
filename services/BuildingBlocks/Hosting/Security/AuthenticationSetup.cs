using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TravelCorridor.Kernel;

namespace TravelCorridor.Hosting.Security;

/// <summary>
/// JWT bearer authentication. With <c>Authentication:Authority</c> set, tokens come from that
/// external issuer (production); otherwise from the node's development key under its data directory.
/// </summary>
internal static class AuthenticationSetup
{
    public static IServiceCollection AddCorridorAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var authority = configuration["Authentication:Authority"];
        var audience = configuration["Authentication:Audience"] ?? DevelopmentSigningKey.Audience;

        services.AddSingleton(sp => DevelopmentSigningKey.LoadOrCreate(sp.GetRequiredService<IOptions<NodeOptions>>().Value));
        if (string.IsNullOrWhiteSpace(authority))
        {
            services.AddHostedService<DevelopmentKeyAtStart>();
        }
        services.AddSingleton<VerifiedBearerCache>();
        services.AddAuthentication(BearerSchemes.Default)
            .AddScheme<AuthenticationSchemeOptions, VerifiedBearerHandler>(BearerSchemes.Default, options =>
            {
                options.ForwardChallenge = BearerSchemes.Verify;
                options.ForwardForbid = BearerSchemes.Verify;
            })
            .AddJwtBearer(BearerSchemes.Verify);
        services.AddOptions<JwtBearerOptions>(BearerSchemes.Verify)
            .Configure<IServiceProvider>((options, sp) =>
            {
                options.MapInboundClaims = false;
                // Nothing reads the raw token back from the authentication properties.
                options.SaveToken = false;
                options.TokenHandlers.Clear();
                options.TokenHandlers.Add(new JsonWebTokenHandler { MapInboundClaims = false });
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidAudience = audience,
                    RoleClaimType = CorridorClaims.Role,
                    NameClaimType = CorridorClaims.Subject,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                if (!string.IsNullOrWhiteSpace(authority))
                {
                    options.Authority = authority;
                    options.Audience = audience;
                    return;
                }
                options.TokenValidationParameters.ValidIssuer = DevelopmentSigningKey.Issuer;
                options.TokenValidationParameters.IssuerSigningKey = sp.GetRequiredService<DevelopmentSigningKey>().Key;
            });
        services.AddAuthorization(CorridorPolicies.Register);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, GrpcAuthorizationResultHandler>();
        return services;
    }
}

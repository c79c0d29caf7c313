using Grpc.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using TravelCorridor.Hosting.Grpc;

namespace TravelCorridor.Hosting.Security;

/// <summary>
/// Answers a gRPC call that fails authentication or authorization with a gRPC status and
/// <c>ErrorInfo</c> (why: no token, expired, not trusted, role missing) instead of a bare HTTP 401/403,
/// so every client, in any language, learns the reason.
/// </summary>
internal sealed class GrpcAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await standard.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        // The handler caches its result per request, so this does not validate the token again.
        var (code, reason, message) = authorizeResult.Challenged
            ? Unauthenticated((await context.AuthenticateAsync()).Failure)
            : (StatusCode.PermissionDenied, "ROLE_NOT_ALLOWED", "The roles in the caller's token do not allow this call.");
        var status = ErrorStatus.Create(code, message, reason);
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
        {
            TrailersOnlyResponse.Write(context, status);
            return;
        }
        // A REST call (JSON transcoding): 401 or 403 with the same status as JSON, as transcoding writes every
        // other error, so a curl user reads the reason too.
        context.Response.StatusCode = code == StatusCode.Unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        if (code == StatusCode.Unauthenticated)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(HttpApi.StatusJson.Format(status));
    }

    private static (StatusCode, string, string) Unauthenticated(Exception? failure) => failure switch
    {
        null => (StatusCode.Unauthenticated, "TOKEN_MISSING", "This call needs a bearer token (authorization: Bearer <token>)."),
        SecurityTokenExpiredException => (StatusCode.Unauthenticated, "TOKEN_EXPIRED", "The bearer token has expired; get a new one."),
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException or SecurityTokenInvalidIssuerException =>
            (StatusCode.Unauthenticated, "TOKEN_NOT_TRUSTED", "The bearer token was not issued by an issuer this node trusts."),
        _ => (StatusCode.Unauthenticated, "TOKEN_INVALID", "The bearer token is invalid: " + failure.Message),
    };
}

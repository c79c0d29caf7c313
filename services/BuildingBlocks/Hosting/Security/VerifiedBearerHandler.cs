using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TravelCorridor.Hosting.Security;

/// <summary>
/// The node's bearer scheme: the first call with a token is authenticated by the JWT bearer handler
/// (<see cref="BearerSchemes.Verify"/>, which knows issuers, keys and lifetimes), and every later call with
/// the same token gets that call's result from <see cref="VerifiedBearerCache"/>. A border post or an airline
/// reuses one token for thousands of calls: an ES256 check costs about 80 µs, and even when its result is
/// reused the JWT handler rebuilds its validation parameters, contexts, principal and properties per call,
/// together a fifth of a small call's cost.
/// </summary>
/// <remarks>
/// Challenges and refusals go to the JWT handler. Every call with a token shares one principal, as nothing in
/// the node adds claims to it (a claims transformation that did would have to copy it first).
/// </remarks>
internal sealed class VerifiedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, VerifiedBearerCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // The whole header is the key: no copy of the token is cut out of it, and only the same text hits.
        string? authorization = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(authorization))
        {
            return AuthenticateResult.NoResult();
        }
        if (cache.Find(authorization) is { } known)
        {
            return known;
        }
        var verified = await Context.AuthenticateAsync(BearerSchemes.Verify);
        if (!verified.Succeeded)
        {
            return verified;
        }
        var result = AuthenticateResult.Success(new AuthenticationTicket(verified.Principal, verified.Properties, Scheme.Name));
        cache.Remember(authorization, result, verified.Properties.ExpiresUtc);
        return result;
    }
}

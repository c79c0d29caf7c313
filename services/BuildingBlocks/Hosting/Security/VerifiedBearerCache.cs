using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace TravelCorridor.Hosting.Security;

/// <summary>
/// Successful bearer authentications, keyed by the whole <c>authorization</c> header (signature included, so
/// nothing forged can hit), each kept until its token expires and at most <see cref="MaxAge"/>.
/// </summary>
/// <remarks>
/// <see cref="MaxAge"/> bounds how long a token keeps working after its issuer's key is withdrawn from the
/// node's configuration. The cache is emptied when it reaches <see cref="Capacity"/> entries, which only a
/// flood of distinct valid tokens can do.
/// </remarks>
internal sealed class VerifiedBearerCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public AuthenticateResult? Find(string authorization)
    {
        if (!entries.TryGetValue(authorization, out var entry))
        {
            return null;
        }
        if (time.GetUtcNow() < entry.Until)
        {
            return entry.Result;
        }
        entries.TryRemove(authorization, out _);
        return null;
    }

    /// <param name="expires">The token's expiry; a token without one is kept for <see cref="MaxAge"/>.</param>
    public void Remember(string authorization, AuthenticateResult result, DateTimeOffset? expires)
    {
        var until = time.GetUtcNow() + MaxAge;
        if (expires < until)
        {
            until = expires.Value;
        }
        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }
        entries[authorization] = new Entry(result, until);
    }

    private sealed record Entry(AuthenticateResult Result, DateTimeOffset Until);
}

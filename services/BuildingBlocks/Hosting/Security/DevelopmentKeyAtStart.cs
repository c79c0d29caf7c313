using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TravelCorridor.Kernel;

namespace TravelCorridor.Hosting.Security;

/// <summary>
/// Without an external issuer, makes the node's development token key exist when the node starts rather than at
/// the first call that carries a token: <c>corridor-node token</c> reads that file and refuses to invent one, so a
/// fresh node must have written it before anyone can ask for their first token.
/// </summary>
/// <remarks>Taking the key as a dependency is what loads (or creates) it.</remarks>
internal sealed class DevelopmentKeyAtStart(DevelopmentSigningKey key, IOptions<NodeOptions> node, ILogger<DevelopmentKeyAtStart> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Development tokens are signed with {KeyFile} ({KeyId}): issue one with `corridor-node token --role ROLE " +
            "[--member XX] --data-dir {DataDirectory}`", node.Value.TokenKeyPath, key.Key.KeyId, node.Value.DataDirectory);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

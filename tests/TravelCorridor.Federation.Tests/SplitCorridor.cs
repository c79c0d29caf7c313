using TravelCorridor.Testing;

namespace TravelCorridor.Federation.Tests;

/// <summary>SG, MY and VN as <c>deploy/local-corridor.sh up --members SG,MY,VN --split</c> starts them: nine service processes, three brokers.</summary>
public sealed class SplitCorridor : IAsyncLifetime
{
    public static readonly string[] Members = ["SG", "MY", "VN"];

    private LocalCorridor? corridor;

    public LocalCorridor Corridor => corridor ?? throw new InvalidOperationException("The corridor has not been started.");

    public async Task InitializeAsync() => corridor = await LocalCorridor.UpAsync(split: true, Members);

    public async Task DisposeAsync()
    {
        if (corridor is not null)
        {
            await corridor.DisposeAsync();
        }
    }
}

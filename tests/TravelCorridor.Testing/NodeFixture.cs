using Xunit;

namespace TravelCorridor.Testing;

/// <summary>One SG node (SQLite, in-memory bus) shared by the tests of a class; tests use distinct members.</summary>
public sealed class NodeFixture : IAsyncLifetime
{
    public NodeHost Node { get; private set; } = null!;

    public async Task InitializeAsync() => Node = await NodeHost.StartAsync("SG");

    public async Task DisposeAsync() => await Node.DisposeAsync();
}

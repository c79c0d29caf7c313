using Microsoft.Extensions.DependencyInjection;
using TravelCorridor.Testing;

namespace TravelCorridor.MembershipSnapshot.Tests.Node;

/// <summary>One SG node (in this process, SQLite, in-memory bus) whose snapshot reads its own membership over gRPC.</summary>
public sealed class SnapshotNodeFixture : IAsyncLifetime
{
    public NodeHost Node { get; private set; } = null!;

    public IMembershipSnapshot Snapshot => Node.Services.GetRequiredService<IMembershipSnapshot>();

    public async Task InitializeAsync() => Node = await NodeHost.StartAsync("SG");

    public async Task DisposeAsync() => await Node.DisposeAsync();

    /// <summary>Waits until the snapshot shows what <paramref name="condition"/> expects.</summary>
    public Task SnapshotShows(Func<MembershipView, bool> condition, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(condition))] string? description = null) =>
        Eventually.Until(() => condition(Snapshot.Current), TimeSpan.FromSeconds(15), description: description);
}

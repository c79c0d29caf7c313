using Grpc.Health.V1;
using TravelCorridor.Testing;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace TravelCorridor.Persistence.Tests;

/// <summary>
/// Health answers from a cache refreshed in the background, so it must still follow the database:
/// an outage of a real PostgreSQL server shows as NOT_SERVING, and its return as SERVING.
/// </summary>
public sealed class DatabaseOutageHealthTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Health_says_not_serving_while_the_database_is_down_and_serving_once_it_is_back()
    {
        await using var node = await NodeHost.StartAsync("SG", settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:membership"] = await postgres.CreateDatabaseAsync($"membership_{Guid.NewGuid():N}"),
        });
        await node.WaitUntilServingAsync(Deadline);
        var health = new Health.HealthClient(node.Channel);

        await postgres.StopAsync();
        try
        {
            await Eventually.Until(async () =>
                (await health.CheckAsync(new HealthCheckRequest())).Status == ServingStatus.NotServing, Deadline);
        }
        finally
        {
            await postgres.StartAsync();
        }
        await node.WaitUntilServingAsync(Deadline);
    }
}

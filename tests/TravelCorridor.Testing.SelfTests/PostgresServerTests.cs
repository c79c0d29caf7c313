namespace TravelCorridor.Testing.SelfTests;

public sealed class PostgresServerTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Select_one_works()
    {
        Assert.Equal("1", (await postgres.PsqlAsync("SELECT 1")).Trim());
    }

    [Fact]
    public async Task Created_database_is_reachable_with_its_connection_string()
    {
        var connectionString = await postgres.CreateDatabaseAsync("selftest_created");

        Assert.Equal($"Host=127.0.0.1;Port={postgres.Port};Username=postgres;Database=selftest_created", connectionString);
        Assert.Equal("selftest_created", (await postgres.PsqlAsync("SELECT current_database()", "selftest_created")).Trim());
    }

    [Fact]
    public async Task Listens_on_loopback_only()
    {
        Assert.Equal("127.0.0.1", (await postgres.PsqlAsync("SHOW listen_addresses")).Trim());
    }
}

using TravelCorridor.Persistence;

namespace TravelCorridor.Messaging.Tests;

public sealed class DatabaseProviderChoiceTests
{
    [Theory]
    [InlineData(null, null, DatabaseProvider.Sqlite)]
    [InlineData(null, "Data Source=/srv/corridor/membership.db", DatabaseProvider.Sqlite)]
    [InlineData(null, "Host=db;Database=membership;Username=corridor", DatabaseProvider.Postgres)]
    [InlineData("postgres", "Server=db", DatabaseProvider.Postgres)]
    public void The_provider_follows_the_setting_or_the_connection_string(string? configured, string? connectionString, DatabaseProvider expected)
    {
        Assert.Equal(expected, ServiceDatabase.ChooseProvider(configured, connectionString));
    }

    [Fact]
    public void An_unknown_provider_is_refused_at_start()
    {
        Assert.Throws<ArgumentException>(() => ServiceDatabase.ChooseProvider("oracle", null));
    }
}

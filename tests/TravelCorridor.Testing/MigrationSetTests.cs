using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace TravelCorridor.Testing;

/// <summary>
/// The checks every service's migration sets get, one set per engine: each must describe the model
/// exactly (else scripts/add-migration.sh was not run) and read only its own folder. No database is
/// needed: the design-time contexts diff the model against each set's snapshot, as dotnet-ef does.
/// A service's test project derives one class from this.
/// </summary>
public abstract class MigrationSetTests(string service)
{
    /// <summary>The service's design-time context for <c>Sqlite</c> or <c>Postgres</c>.</summary>
    protected abstract DbContext DesignTimeContext(string provider);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void Every_model_change_is_covered_by_a_migration_of_each_engine(string provider)
    {
        using var db = DesignTimeContext(provider);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {service} model has changes that no {provider} migration covers: run scripts/add-migration.sh {service} <Name>.");
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void Each_engine_reads_only_its_own_migration_set(string provider)
    {
        using var db = DesignTimeContext(provider);
        var migrations = db.GetService<IMigrationsAssembly>();
        var folder = $"TravelCorridor.{service}.Data.Migrations.{provider}";
        Assert.Equal(folder, migrations.ModelSnapshot?.GetType().Namespace);
        Assert.NotEmpty(migrations.Migrations);
        Assert.All(migrations.Migrations.Values, m => Assert.Equal(folder, m.Namespace));
        Assert.EndsWith("_Initial", migrations.Migrations.Keys.Order().First());
    }
}

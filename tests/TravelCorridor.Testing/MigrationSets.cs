using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Xunit;

namespace TravelCorridor.Testing;

/// <summary>
/// Checks of a service's migration sets, one per engine: each must describe the model exactly (else
/// scripts/add-migration.sh was not run) and read only its own folder. No database is needed: the
/// design-time contexts diff the model against each set's snapshot, as dotnet-ef does.
/// </summary>
public static class MigrationSets
{
    public static void AssertCoversModel(DbContext designTime, string service, string provider) =>
        Assert.False(designTime.Database.HasPendingModelChanges(),
            $"The {service} model has changes that no {provider} migration covers: run scripts/add-migration.sh {service} <Name>.");

    public static void AssertReadsOnlyItsOwnSet(DbContext designTime, string service, string provider)
    {
        var migrations = designTime.GetService<IMigrationsAssembly>();
        var folder = $"TravelCorridor.{service}.Data.Migrations.{provider}";
        Assert.Equal(folder, migrations.ModelSnapshot?.GetType().Namespace);
        Assert.NotEmpty(migrations.Migrations);
        Assert.All(migrations.Migrations.Values, m => Assert.Equal(folder, m.Namespace));
        Assert.EndsWith("_Initial", migrations.Migrations.Keys.Order().First());
    }
}

using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Eligibility.Data.Providers;

/// <summary>The eligibility context on SQLite; its type ties it to the migrations in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteEligibilityDbContext(DbContextOptions<SqliteEligibilityDbContext> options) : EligibilityDbContext(options);

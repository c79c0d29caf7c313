using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Eligibility.Data.Providers;

/// <summary>The eligibility context on PostgreSQL; its type ties it to the migrations in <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresEligibilityDbContext(DbContextOptions<PostgresEligibilityDbContext> options) : EligibilityDbContext(options);

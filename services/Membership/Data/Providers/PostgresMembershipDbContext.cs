using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Membership.Data.Providers;

/// <summary>The membership context on PostgreSQL; its type ties it to the migrations in <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresMembershipDbContext(DbContextOptions<PostgresMembershipDbContext> options) : MembershipDbContext(options);

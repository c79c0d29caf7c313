using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Membership.Data.Providers;

/// <summary>The membership context on SQLite; its type ties it to the migrations in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteMembershipDbContext(DbContextOptions<SqliteMembershipDbContext> options) : MembershipDbContext(options);

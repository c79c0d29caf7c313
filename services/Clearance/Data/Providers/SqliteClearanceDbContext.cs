using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Clearance.Data.Providers;

/// <summary>The clearance context on SQLite; its type ties it to the migrations in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteClearanceDbContext(DbContextOptions<SqliteClearanceDbContext> options) : ClearanceDbContext(options);

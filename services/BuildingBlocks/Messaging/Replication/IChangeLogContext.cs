using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Messaging.Replication;

/// <summary>A service database that keeps a change log for its <c>Watch…</c> stream.</summary>
public interface IChangeLogContext
{
    DbSet<ChangeLogEntry> ChangeLog { get; }
}

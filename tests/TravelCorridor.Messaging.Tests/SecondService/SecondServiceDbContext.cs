using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Messaging.Tests.SecondService;

/// <summary>
/// The database of a second service in the same node: nothing but the outbox and inbox every
/// service has, enough to show two outboxes side by side before eligibility brings a real second one.
/// </summary>
public sealed class SecondServiceDbContext(DbContextOptions<SecondServiceDbContext> options) : MessagingDbContext(options);

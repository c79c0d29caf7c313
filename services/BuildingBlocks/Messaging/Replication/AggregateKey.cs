using Microsoft.EntityFrameworkCore;

namespace TravelCorridor.Messaging.Replication;

/// <summary>
/// Names the aggregate an outbox row belongs to from the entity's table and primary key
/// (<c>corridors:MY-SG</c>, <c>trusted_keys:SG/rules-2026</c>); the dispatcher keeps rows of one
/// aggregate in order.
/// </summary>
public static class AggregateKey
{
    public static string Of(DbContext db, object entity)
    {
        var type = db.Model.FindEntityType(entity.GetType())
            ?? throw new InvalidOperationException($"{entity.GetType().Name} is not an entity of {db.GetType().Name}.");
        return $"{type.GetTableName()}:{string.Join('/', KeyValues(db, entity))}";
    }

    /// <summary>The primary key values of an entity, in key order, whether or not the context tracks it.</summary>
    public static object?[] KeyValues(DbContext db, object entity)
    {
        var key = db.Model.FindEntityType(entity.GetType())?.FindPrimaryKey()
            ?? throw new InvalidOperationException($"{entity.GetType().Name} has no primary key in {db.GetType().Name}.");
        return key.Properties.Select(p => p.PropertyInfo!.GetValue(entity)).ToArray();
    }
}
